#include "referenceindex.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/referencerepository.h"
#include "storage/transaction.h"

namespace Rapporteur::Analysis {

Status indexDocumentReferences(Storage::Database &db, qint64 documentId, const QString &symbol,
                               const ReferenceExtractor &extractor)
{
    auto paragraphs = Storage::CorpusRepository(db).paragraphsOfDocument(symbol);
    if (!paragraphs)
        return paragraphs.error();
    QList<Storage::ReferenceRow> rows;
    for (const Storage::ParagraphRecord &p : *paragraphs) {
        for (const Reference &r : extractor.extract(p.text, p.footnotes, p.links)) {
            rows.append(
                {p.id, targetKindName(r.kind), r.target, referencePlaceName(r.place), r.mentions});
        }
    }
    return Storage::ReferenceRepository(db).replaceDocumentReferences(documentId, rows,
                                                                      extractor.source());
}

Result<int> refreshReferences(Storage::Database &db, const ReferenceExtractor &extractor)
{
    Storage::ReferenceRepository repository(db);
    auto sources = repository.sources();
    if (!sources)
        return sources.error();
    const QString current = extractor.source();
    QList<Storage::ReferenceSourceRecord> stale;
    for (const auto &s : std::as_const(*sources)) {
        if (s.source != current)
            stale.append(s);
    }
    // A database of a newer program opens read-only: its references are read as they are.
    if (stale.isEmpty() || db.isReadOnly())
        return 0;
    auto transaction = Storage::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    for (const auto &s : std::as_const(stale)) {
        if (auto indexed = indexDocumentReferences(db, s.documentId, s.symbol, extractor); !indexed)
            return indexed.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return static_cast<int>(stale.size());
}

} // namespace Rapporteur::Analysis
