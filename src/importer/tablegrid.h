#pragma once

#include "pdfline.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace Rapporteur::Importer {

// The rows and columns of a page as a table reader sees them (pdftables): its lines grouped by
// baseline into rows, each row's words parted into phrases where a gap could be a gutter, the
// gutters that a run of rows leaves open, and the cells a row's phrases fall into.

// A gutter is wider than this share of the type's height; the spaces of a justified line are
// narrower, and those that are not do not line up over several lines.
inline constexpr double kGutterWidth = 0.8;
// Between two figures a gap wider than the space inside one ("43 122.3": a thin space, a fifth
// of the type's height or less) parts them.
inline constexpr double kFigureSpace = 0.3;

// Words of a row set close together: a cell's text, or one figure ("40 428.4").
struct Phrase
{
    QList<RunPiece> words;
    QRectF box;
};

// The lines of one baseline across the page.
struct Row
{
    QList<qsizetype> lines;
    QRectF box;
    double height = 0; // the largest type on it
    QList<Phrase> phrases;
    bool figures =
        false; // a figure stands as a cell of its own right of its first: body, not header
};

struct Interval
{
    double left = 0;
    double right = 0;
};

// The rows of the lines with `candidate` set, from the top; each row's phrases and whether it
// holds figures are read once.
QList<Row> rowsOf(const QList<PdfLine> &lines, const QList<bool> &candidate);

// Where the phrases of rows [from, to] leave the page open from top to bottom. A row of one
// phrase (a label set across the empty columns of its row) says nothing of the columns and can
// be passed over.
QList<Interval> guttersOf(const QList<Row> &rows, qsizetype from, qsizetype to, double minWidth,
                          bool passSinglePhrases = false);

// The column of an x position between gutters (a gutter's own space goes to the column after it).
int columnAt(double x, const QList<Interval> &gutters);

// The words of each column on one row.
QList<QList<RunPiece>> cellsOf(const Row &row, const QList<Interval> &gutters);

// The text of some words of a row, spaced by their gaps; dot leaders dropped.
QString textOf(QList<RunPiece> words);

} // namespace Rapporteur::Importer
