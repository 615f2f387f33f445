#pragma once

#include "common/inputfile.h"
#include "common/parseddocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Rapporteur::Workflow {

struct ImportRequest
{
    QString path;
    QString symbol;      // the user's symbol for the document; empty: find it
    QByteArray password; // for an encrypted PDF
    qint64 maxInputBytes = kDefaultMaxInputBytes; // a larger file is refused unread
};

// A file read and segmented, not yet stored.
struct PreparedImport
{
    ParsedDocument document;
    QString sourcePath;
    QString contentHash; // of the decoded text and the reader's version
    QString encoding;
};

// What one import did, for the CLI's report and the GUI's summary.
struct ImportSummary
{
    QString sourcePath;
    QString symbol;
    bool symbolProvisional = false;
    QString title;
    QString encoding;
    int submissions = 0;
    int paragraphs = 0;
    int pages = 0;
    enum class Outcome
    {
        Inserted,
        Unchanged,
        Replaced
    } outcome = Outcome::Inserted;
    QStringList warnings;
    // Codings of a replaced document that no longer find their text: kept, as orphans
    // (coding/reanchor.h). Each program says where it lists them.
    int orphanedCodings = 0;
};

QString outcomeName(ImportSummary::Outcome outcome);

} // namespace Rapporteur::Workflow
