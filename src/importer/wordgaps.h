#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace Rapporteur::Importer {

// One of Poppler's words as a part of a run of words on one baseline.
struct RunPiece
{
    QString text;
    double gap = 0;          // from the end of the run before it, in points
    double height = 0;       // the smaller of its box height and the run's
    bool raised = false;     // a footnote marker (in superscript form): glued, never spaced
    bool betweenCjk = false; // an ideograph on both sides of the gap: never a word space
    QRectF box;              // where the word stands on the page
};

// The gap of a run's word spaces (see joinRunPieces), or 0 when the run has too few gaps to tell.
double usualWordGap(const QList<RunPiece> &pieces);

// The text of a run: its pieces, with a space only where the gap before a piece is a word space.
//
// Poppler splits a word where a justified line offsets a run of its letters ("Confere" | "nce")
// and marks the split as a space, so its flag is not used: whether a gap is a space is read from
// the geometry. Letters of one word touch; a split leaves a gap of a tenth of the type's height or
// so, while the word spaces of one line, stretched or not by justification, are all about equal.
QString joinRunPieces(const QList<RunPiece> &pieces);

} // namespace Rapporteur::Importer
