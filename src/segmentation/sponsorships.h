#pragma once

#include "referencedata/entityregistry.h"

#include "common/parseddocument.h"
#include "text/languagerules.h"

namespace Rapporteur::Segmentation {

// The sponsors a document names, in its language:
// - a committee report's paragraphs on a draft ("The representative of China, also on behalf
//   of …, introduced draft resolution …"; "Subsequently, … joined in sponsoring the draft
//   resolution"), each a Sponsorship of the draft named in brackets or last mentioned;
// - a draft's own sponsor line on its first page ("Albania, …, Sweden and Ukraine: draft
//   resolution"), a Sponsorship of the document itself (doc.symbol).
// Names that resolve to no entity go to doc.warnings.
void readSponsorships(ParsedDocument &doc, const ReferenceData::EntityRegistry &entities,
                      const Text::LanguageRules &language);

} // namespace Rapporteur::Segmentation
