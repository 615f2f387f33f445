#pragma once

#include "pdfline.h"
#include "wordgaps.h"

#include <QList>

namespace Rapporteur::Importer {

// Puts side-by-side columns of prose in reading order: down the left column, then down the right
// one. The page's runs come line by line across the page, which is right for a table's rows of
// figures and for a label hanging beside its text, but interleaves two columns of text (a
// report's table of requests and the action taken: "Recalls the provisions of section XVIII of
// its resolution" | "UNDOF conducts regular internal assessments"). A region is two columns
// where at least three lines in a row have a gap at a common place (the gutter) that is wider
// than an em and than three of the line's word spaces, nothing crosses it, and both sides read as
// prose (mostly letters, in runs of some length). `pieces` are the words of each run, kept in
// step with `runs`.
void readTextColumnsInTurn(QList<PdfLine> &runs, QList<QList<RunPiece>> &pieces);

} // namespace Rapporteur::Importer
