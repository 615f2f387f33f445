#pragma once

#include "references.h"

#include "common/result.h"

#include <QString>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Analysis {

// Keeps the stored references (migration 0005) in step with the corpus. Both run in a transaction
// of their own, or join the caller's (an import) as a savepoint.

// Reads the document's paragraphs with their footnotes and links and replaces its references.
Status indexDocumentReferences(Storage::Database &db, qint64 documentId, const QString &symbol,
                               const ReferenceExtractor &extractor = ReferenceExtractor::builtIn());

// The same for a document stored in this transaction, from the paragraphs as they were written
// and the ids the writer gave them (StoreOutcome::paragraphIds, in the same order): what the
// read-back above would return, without reading it.
Status indexDocumentReferences(Storage::Database &db, qint64 documentId,
                               const QList<Paragraph> &paragraphs,
                               const QList<qint64> &paragraphIds,
                               const ReferenceExtractor &extractor = ReferenceExtractor::builtIn());

// Indexes every document whose references are missing (imported before migration 0005) or were
// computed by another version of the rules or dictionary; returns how many it indexed. Writes
// nothing when all are current, or when the database is read-only.
Result<int> refreshReferences(Storage::Database &db,
                              const ReferenceExtractor &extractor = ReferenceExtractor::builtIn());

} // namespace Rapporteur::Analysis
