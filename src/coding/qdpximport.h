#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QStringList>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Coding {

struct QdpxImport
{
    int codesCreated = 0;
    int codingsAdded = 0;
    int codingsOrphaned = 0;      // added, but their quote is not in the corpus's text (also added)
    int codingsAlreadyThere = 0;  // same guid: an export read back twice adds nothing
    int codingsWithoutCode = 0;   // referring to a code the project does not define: skipped
    QStringList missingDocuments; // sources named after no document of the corpus: skipped
};

// Reads a REFI-QDA project (.qdpx) into the database, in one transaction: its codebook (merged
// by guid, then by path), and the codings on text sources named after a document of the corpus
// (by symbol; import the document first). Each coding's quote is taken from the project's own
// source text and anchored in the corpus's paragraphs as a re-import would (anchoring.h), so a
// project made from another reading of the document still lands on the right text; a selection
// that spans several paragraphs becomes one coding per paragraph. Coding memos come from the
// selection's Description, document memos from the source's, code memos from its notes.
Result<QdpxImport> importQdpx(Storage::Database &db, const QByteArray &archive);

} // namespace Rapporteur::Coding
