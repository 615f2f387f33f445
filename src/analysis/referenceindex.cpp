#include "referenceindex.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/referencerepository.h"
#include "storage/transaction.h"

namespace Rapporteur::Analysis {

namespace {

void appendReferences(QList<Storage::ReferenceRow> &rows, qint64 paragraphId,
                      const QList<Reference> &references)
{
    for (const Reference &r : references) {
        rows.append({paragraphId, targetKindName(r.kind), r.target, referencePlaceName(r.place),
                     r.mentions});
    }
}

} // namespace

Status indexDocumentReferences(Storage::Database &db, qint64 documentId, const QString &symbol,
                               const ReferenceExtractor &extractor)
{
    auto paragraphs = Storage::CorpusRepository(db).paragraphsOfDocument(symbol);
    if (!paragraphs)
        return paragraphs.error();
    QList<Storage::ReferenceRow> rows;
    for (const Storage::ParagraphRecord &p : *paragraphs)
        appendReferences(rows, p.id, extractor.extract(p.text, p.footnotes, p.links));
    return Storage::ReferenceRepository(db).replaceDocumentReferences(documentId, rows,
                                                                      extractor.source());
}

Status indexDocumentReferences(Storage::Database &db, qint64 documentId,
                               const QList<Paragraph> &paragraphs,
                               const QList<qint64> &paragraphIds,
                               const ReferenceExtractor &extractor)
{
    if (paragraphIds.size() != paragraphs.size()) {
        return Error{ErrorCode::Internal, QStringLiteral("The references could not be stored."),
                     QStringLiteral("%1 paragraphs but %2 ids")
                         .arg(paragraphs.size())
                         .arg(paragraphIds.size())};
    }
    QList<Storage::ReferenceRow> rows;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        appendReferences(rows, paragraphIds[i], extractor.extract(p.text, p.footnotes, p.links));
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
