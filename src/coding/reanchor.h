#pragma once

#include "common/result.h"

#include <QtGlobal>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Coding {

struct ReanchorReport
{
    int kept = 0;     // paragraph and offsets unchanged
    int moved = 0;    // found again in another paragraph or at other offsets
    int restored = 0; // orphans whose quote came back (also counted in moved)
    int orphaned = 0; // found nowhere: kept and flagged (newly or still)
    int newlyOrphaned = 0;
};

// Re-anchors every coding of a document after its paragraphs were replaced, orphans included:
// a coding whose paragraph still holds the quote at its offsets stays; any other is looked for
// in the document (anchoring.h: relocate) and moved there; one found nowhere is flagged
// orphaned, never deleted. Runs in a transaction of its own or joins the caller's (the import's)
// as a savepoint, so a failed import leaves the codings as they were.
Result<ReanchorReport> reanchorDocument(Storage::Database &db, qint64 documentId);

} // namespace Rapporteur::Coding
