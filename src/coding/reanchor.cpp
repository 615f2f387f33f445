#include "reanchor.h"

#include "anchoring.h"

#include "storage/codingrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace Rapporteur::Coding {

Result<ReanchorReport> reanchorDocument(Storage::Database &db, qint64 documentId)
{
    Storage::CodingRepository repository(db);
    Storage::CodingFilter filter;
    filter.documentId = documentId;
    auto codings = repository.codings(filter);
    if (!codings)
        return codings.error();
    ReanchorReport report;
    if (codings->isEmpty())
        return report; // most imports: nothing coded, nothing read
    auto paragraphs = repository.paragraphsOfDocument(documentId);
    if (!paragraphs)
        return paragraphs.error();

    auto transaction = Storage::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    for (const Storage::CodingRecord &coding : std::as_const(*codings)) {
        if (!coding.anchor.orphaned && stillHolds(coding.anchor, *paragraphs)) {
            ++report.kept;
            continue;
        }
        if (auto found = relocate(coding.anchor, *paragraphs)) {
            found->orphaned = false;
            if (auto updated = repository.updateAnchor(coding.id, *found); !updated)
                return updated.error();
            ++report.moved;
            if (coding.anchor.orphaned)
                ++report.restored;
            continue;
        }
        ++report.orphaned;
        if (!coding.anchor.orphaned) {
            // The old anchor is kept as it was: its quote and context are what a later import
            // that brings the text back will find.
            Storage::CodingAnchor flagged = coding.anchor;
            flagged.orphaned = true;
            if (auto updated = repository.updateAnchor(coding.id, flagged); !updated)
                return updated.error();
            ++report.newlyOrphaned;
        }
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return report;
}

} // namespace Rapporteur::Coding
