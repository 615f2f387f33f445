#pragma once

#include "common/parseddocument.h"
#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// One stored version of a document read back in the reading core's own form, with the ids of its
// rows: what compares or aligns parsed documents (segmentation/versionalignment.h) then works on
// what the corpus holds as well as on a file being imported.
struct StoredVersion
{
    qint64 documentId = 0;
    ParsedDocument document;     // symbol, language, title, submissions, paragraphs, decisions
    QList<qint64> submissionIds; // of document.submissions, in order
    QList<qint64> paragraphIds;  // of document.paragraphs, in order
};

// The version of `symbol` in `language` (the primary version when empty); nothing when the
// document has no such version.
Result<std::optional<StoredVersion>> readStoredVersion(Database &db, const QString &symbol,
                                                       const QString &language = {});

// Only the votes and sponsorships of one version (symbol, language and the decisions set): what
// a new version's are compared with, without reading the old one's text.
Result<ParsedDocument> readStoredDecisions(Database &db, const QString &symbol,
                                           const QString &language);

// The languages of a symbol's versions, primary first (import order); empty for no document.
Result<QStringList> versionLanguages(const Database &db, const QString &symbol);

} // namespace Rapporteur::Storage
