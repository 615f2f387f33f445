#pragma once

#include "qdacodebook.h"

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Rapporteur::Coding {

// What Rapporteur reads of a REFI-QDA project.qde: users, the codebook, notes, and text sources
// with their codings. Everything else (pictures, audio, variables, sets, graphs) is skipped.

struct QdaCoding
{
    QString guid;
    QString codeGuid;
    QString creatingUser; // a user's guid
    QString created;
};

struct QdaSelection
{
    QString guid;
    int start = 0; // code points into the source's text
    int end = 0;
    QString creatingUser;
    QString created;
    QString description;
    QList<QdaCoding> codings;
};

struct QdaSource
{
    QString guid;
    QString name;
    QString plainTextPath; // "internal://x.txt": sources/x.txt in the archive
    QString content;       // <PlainTextContent>, the alternative to a path
    QString description;
    QList<QdaSelection> selections;
};

struct QdaProject
{
    QHash<QString, QString> users; // guid -> name
    QList<QdaCode> codes;
    QHash<QString, QString> notes; // guid -> text
    QList<QdaSource> sources;
};

// Parses project.qde; refuses XML that is not well-formed or whose root is not a <Project> in
// the REFI-QDA project namespace.
Result<QdaProject> parseQde(const QByteArray &qde);

} // namespace Rapporteur::Coding
