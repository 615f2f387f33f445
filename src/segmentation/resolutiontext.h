#pragma once

#include "common/parseddocument.h"
#include "text/languagerules.h"

namespace Rapporteur::Segmentation {

// The text of a resolution, in the document's language, as pointers into its paragraphs
// (doc.resolution): the draft a committee report recommends (after its heading, "Draft
// resolution"), or the resolution a draft proposes or the Assembly adopted (after "The General
// Assembly,"). Preambular paragraphs come until the first operative one; operative paragraphs
// are numbered, or a resolution has a single unnumbered one ("Adopts the following Pact …:").
// The resolution's own text ends at an annex: its heading, or numbering that starts again.
// An adopted resolution's line "[on the report of the First Committee (A/79/416, para. 6)]"
// becomes a link to that report, and its adoption line gives the document's date when the
// masthead gave none.
void readResolutionText(ParsedDocument &doc, const Text::LanguageRules &language);

} // namespace Rapporteur::Segmentation
