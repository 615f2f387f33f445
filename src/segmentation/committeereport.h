#pragma once

#include "referencedata/entityregistry.h"

#include "common/parseddocument.h"

namespace Rapporteur::Segmentation {

// Reads what a document records about drafts and decisions, in its language (doc.language):
// every recorded vote of a committee report (what was voted on, the stated result, the lists in
// favour / against / abstaining, footnotes saying a delegation meant otherwise), the sponsors
// (segmentation/sponsorships.h) and the text of the resolution a report recommends, a draft
// proposes or the Assembly adopted (segmentation/resolutiontext.h). Works on the paragraphs the
// segmenter made; a document without any of these is left as it is.
// A vote whose counted lists differ from its stated figures is an error of the reading and goes
// to doc.errors; names that resolve to no entity go to doc.warnings.
void readCommitteeReport(ParsedDocument &doc, const ReferenceData::EntityRegistry &entities);

} // namespace Rapporteur::Segmentation
