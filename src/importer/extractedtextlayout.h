#pragma once

#include "common/sourceline.h"

#include <QString>

namespace Rapporteur::Importer {

// Reads the layout left in text that another tool extracted from a PDF: which lines are page
// furniture, link targets, footnote rules and footnotes, where pages break, and which white-space
// convention marks the end of a paragraph. Decides from the whole text (how often lines end in a
// space, whether blank lines alternate with text), so that it adapts to the extractor.
SourceText analyseExtractedText(const QString &text);

} // namespace Rapporteur::Importer
