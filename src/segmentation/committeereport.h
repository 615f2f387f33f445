#pragma once

#include "entityregistry.h"

#include "common/parseddocument.h"

namespace Rapporteur::Segmentation {

// Reads what a committee report records about a draft: its sponsors, every recorded vote (what
// was voted on, the stated result, the lists in favour / against / abstaining, footnotes saying a
// delegation meant otherwise) and the text of the draft resolution it recommends. Works on the
// paragraphs the segmenter made; a document without any of these is left as it is.
// A vote whose counted lists differ from its stated figures is an error of the reading and goes
// to doc.errors; names that resolve to no entity go to doc.warnings.
void readCommitteeReport(ParsedDocument &doc, const EntityRegistry &entities);

} // namespace Rapporteur::Segmentation
