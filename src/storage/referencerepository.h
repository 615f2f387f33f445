#pragma once

#include "records.h"

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// One thing a paragraph cites, in one place of it (see migration 0005).
struct ReferenceRow
{
    qint64 paragraphId = 0;
    QString targetKind; // "document", "instrument"
    QString target;     // canonical symbol or instrument id
    QString place;      // "text", "footnote", "link"
    int mentions = 1;
};

// A stored reference with where the citing paragraph stands in the corpus.
struct CitationRecord
{
    ReferenceRow row;
    QString document; // symbol of the citing document
    int paragraphOrdinal = 0;
    int page = 0;
    std::optional<qint64> submissionId;
    std::optional<EntityRef> entity; // of the submission; empty outside one or when unresolved
};

// A document and the extraction source its references were computed with (empty: none yet).
struct ReferenceSourceRecord
{
    qint64 documentId = 0;
    QString symbol;
    QString source;
};

// Writes and reads the references of migration 0005. The writes join the caller's transaction
// (CorpusRepository's import) as a savepoint, so a failure undoes only what they wrote.
class ReferenceRepository final
{
public:
    explicit ReferenceRepository(Database &db);

    // Every document with the source its references come from, in import order.
    Result<QList<ReferenceSourceRecord>> sources() const;
    // Replaces all references of the document's paragraphs with rows (each of whose paragraphs
    // must belong to the document) and records the source they were computed with.
    Status replaceDocumentReferences(qint64 documentId, const QList<ReferenceRow> &rows,
                                     const QString &source);
    // Citations in corpus order (document, then paragraph); an empty kind reads every target,
    // an empty target every target of the kind.
    Result<QList<CitationRecord>> citations(const QString &targetKind = {},
                                            const QString &target = {}) const;

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
