#pragma once

#include "block.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Rapporteur::Segmentation {

// Attaches the footnotes found at the foot of `page` to the blocks from index `first` on (the
// blocks with text on that page). Each footnote goes to the block whose text on that page carries
// its marker, in order; the marker is taken out of the text and its offset kept as the anchor. A
// note marked by a sign ("*", "**", "†") that the text does not call is called from the masthead
// and goes to `documentNotes`; any other footnote whose marker is not found goes to the last
// block, with a warning.
void attachFootnotes(QList<Block> &blocks, qsizetype first, int page,
                     const QList<Footnote> &footnotes, QStringList &warnings,
                     QList<Footnote> &documentNotes);

// A note called again later in the document ("Court,¹" pages after "Statute¹"): a raised number
// left in the text of `page` (from block `first` on) after its own notes were attached, naming a
// note seen before (`earlier`, by marker), is taken out and that note attached there as well,
// anchored at the second call. An exponent of a unit ("12 m³") is no call.
void attachRepeatedCalls(QList<Block> &blocks, qsizetype first, int page,
                         const QHash<QString, Footnote> &earlier);

// Attaches link targets listed at the end of `page`: the n-th copy of a target goes to the n-th
// block (or footnote's block) on the page that mentions the document it names; a target that no
// text mentions goes to the last block of the page.
void attachLinks(QList<Block> &blocks, qsizetype first, int page, const QStringList &targets);

} // namespace Rapporteur::Segmentation
