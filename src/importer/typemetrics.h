#pragma once

#include "pdflayout.h"

#include <QList>
#include <QSizeF>

#include <optional>

namespace Rapporteur::Importer {

// The measures of a document's type and column, read from all its pages: what the layout's rules
// compare a line with.

// The type most of the text is set in: the median size over the letters of lines of some length,
// so that a table's rows of figures in smaller type do not outweigh the prose around them.
double bodyTypeSize(const QList<PdfPage> &pages);

// The distance from one line's top to the next inside a paragraph. Most pitches between body lines
// are that; the lower quartile keeps the wider ones between paragraphs from pulling it up.
double bodyLeading(const QList<PdfPage> &pages, double body);

// Where the text column starts: the left edge most lines in body type share.
double textColumnLeft(const QList<PdfPage> &pages, double body);

// Where the lines of a justified text end, on the pages of the document's usual size.
struct JustifiedEdge
{
    QSizeF pageSize;
    double right = 0;
};

// The right edge most lines in body type share, within a point, on pages of the most common
// size; none when fewer than a fifth of those lines share one (ragged text: its lines end
// anywhere; a page of tables still leaves its prose lines the most common end).
std::optional<JustifiedEdge> justifiedRightEdge(const QList<PdfPage> &pages, double body);

} // namespace Rapporteur::Importer
