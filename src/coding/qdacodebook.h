#pragma once

#include "common/result.h"
#include "storage/codingrecords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class QXmlStreamReader;
class QXmlStreamWriter;

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Coding {

// The codebook in REFI-QDA form: the <Codes> tree that both a codebook file (.qdc, namespace
// urn:QDA-XML:codebook:1.0) and a project (.qde inside .qdpx, urn:QDA-XML:project:1.0) carry.

inline constexpr char kCodebookNamespace[] = "urn:QDA-XML:codebook:1.0";
inline constexpr char kProjectNamespace[] = "urn:QDA-XML:project:1.0";

struct QdaCode
{
    QString guid;
    QString name;
    QString colour;
    QString description;
    QStringList noteRefs; // guids of <Note>s about the code (project files only)
    QList<QdaCode> children;
};

// Writes <Codes> with every code of the list (CodebookRepository::codes() order: parents first).
// noteOf: the guid of the note holding a code's memo, by code id (project files only).
void writeCodes(QXmlStreamWriter &xml, const QList<Storage::CodeRecord> &codes,
                const QHash<qint64, QString> &noteOf = {});
// Reads the <Codes> element the reader stands on, up to its end.
QList<QdaCode> readCodes(QXmlStreamReader &xml);

// Adds the codes to the codebook: a code whose guid is known is that code; otherwise the code
// of the same path is taken, or one is created with the file's guid. '/' in a name (legal in
// other tools) becomes '∕' (U+2215), since '/' separates the names of a path here. Returns
// guid → code id for every code in the tree; counts the codes it created.
Result<QHash<QString, qint64>> applyCodebook(Storage::Database &db, const QList<QdaCode> &codes,
                                             int *created = nullptr);

// A codebook file (.qdc) of the whole codebook, and reading one into it.
Result<QByteArray> exportCodebook(Storage::Database &db);
Result<int> importCodebook(Storage::Database &db, const QByteArray &qdc); // codes created

} // namespace Rapporteur::Coding
