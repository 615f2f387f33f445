#pragma once

#include "wordgaps.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Poppler {
class Page;
}

namespace Rapporteur::Importer {

// A run of words on one baseline of a PDF page, with its geometry in points. Words far apart on
// the same baseline (a masthead's left and right columns, a table's cells) are separate runs.
struct PdfLine
{
    QString text;
    QRectF box;
    double height = 0; // median word height: the type size, roughly
    int page = 0;      // 1-based
    QStringList linkTargets;
    QList<QRectF> leadingChars; // boxes of the first word's characters: what it needs of a line
    // Set at a right angle to the page (a landscape page's running header and footer, turned to
    // read with the portrait pages): a run of one word, never joined to the lines across it.
    bool vertical = false;
    // The edges of the column the run stands in when the page sets columns of text side by side
    // (textcolumns); 0 when it is the page's one column.
    double columnLeft = 0;
    double columnRight = 0;
    // The run's words with their boxes: a table's cells are cut from them, since a run can hold
    // the figures of several columns ("94 628.1 54 199.7 134.1").
    QList<RunPiece> words;
};

// The page's size as its text stands upright: a page set turned (/Rotate 90 or 270) shows its
// text turned, and is read as if it were not.
QSizeF uprightPageSize(const Poppler::Page &page);

// How far two boxes overlap from top to bottom (negative: the gap between them).
double verticalOverlap(const QRectF &a, const QRectF &b);

// Whether two words or runs stand on one line: they overlap by more than 0.3 of the smaller.
bool onOneBaseline(const QRectF &a, const QRectF &b);

// The runs of a page in reading order: line by line from the top, each line from the left, and
// side-by-side columns of prose each in turn (textcolumns). Poppler's own order is not used: it
// takes a hanging label or a table's cells for flows of their own.
QList<PdfLine> readPageLines(const Poppler::Page &page, int pageNumber);

// Puts each link annotation's URL on the line it covers most.
void attachPageLinks(const Poppler::Page &page, QList<PdfLine> &lines);

} // namespace Rapporteur::Importer
