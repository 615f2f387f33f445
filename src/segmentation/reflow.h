#pragma once

#include "block.h"

#include "common/sourceline.h"

#include <QList>
#include <QStringList>

namespace Rapporteur::Segmentation {

struct ReflowResult
{
    QList<Block> blocks;
    QStringList warnings;
    // Notes of the document itself: a note whose sign ("*", "**") is called from the masthead or
    // the session block ("A/80/605*": "Reissued for technical reasons"), not from the text.
    QList<Footnote> documentNotes;
    QList<BlockTable> tables; // a PDF's tables, each after the paragraph it stands in or after
};

// Turns classified lines into paragraphs: joins wrapped lines (through page breaks), collapses
// letter-spacing, takes footnotes and link targets out of the text and attaches each to the
// paragraph that carries its marker or names its target on the same page.
ReflowResult reflow(const SourceText &source);

} // namespace Rapporteur::Segmentation
