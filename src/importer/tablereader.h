#pragma once

#include "pdftables.h"
#include "tablegrid.h"

#include <QList>

#include <optional>

namespace Rapporteur::Importer {

// Reads a run of a page's rows as one table, or finds they are none (pdftables finds the runs):
// trims lines before and after it that are not its own, finds its columns, joins the lines of a
// cell, and tells its header from its body.
class TableReader
{
public:
    // leadingRatio: the body text's leading against the height of its type.
    TableReader(const QList<PdfLine> &lines, const QList<Row> &rows, double leadingRatio)
        : m_lines(lines), m_rows(rows), m_leadingRatio(leadingRatio)
    {
    }

    // The rows [from, to] read as a table, trimmed of lines before and after it that fill only
    // its first column (its caption, a prose line); nothing when they are no table.
    std::optional<PageTable> read(qsizetype from, qsizetype to);

private:
    // Columns of figures can stand closer together than a gutter ("43 122.3 36 680.1 (6 442.2)"):
    // within a column whose rows [from, to] hold figures only, a narrower gap that all of them
    // leave open parts two columns of figures.
    QList<Interval> withCloseFigureColumns(const QList<Interval> &gutters, qsizetype from,
                                           qsizetype to) const;

    // Whether most rows hold more than one phrase, as a table's rows do; prose has a phrase to a
    // line, and a label hanging before a paragraph's first line only.
    bool mostlyCells(qsizetype from, qsizetype to) const;

    double medianHeight(qsizetype from, qsizetype to) const;

    double medianPitch(qsizetype from, qsizetype to) const;

    double minGutter(qsizetype from, qsizetype to) const;

    // How many rows from `from` come before the first row of figures (holdsFigures), leaving
    // two rows at least; one when the rows hold no figures.
    qsizetype headerZone(qsizetype from, qsizetype to) const;

    bool fillsFirstColumnOnly(qsizetype r, const QList<Interval> &gutters) const;

    // Whether row r opens with the marker of a note that a line above it on the page calls ("a
    // Represents …" under "Temporary positionsᵃ"): a note, set like the table's rows.
    bool opensCalledNote(qsizetype r) const;

    bool crossesGutter(qsizetype r, const QList<Interval> &gutters) const;

    // Whether the first column holds nothing but labels of the text beside them (a line that
    // fills the first column only is the text going on, not a row).
    bool firstColumnIsLabels(qsizetype from, qsizetype to, const QList<Interval> &gutters) const;

    PageTable build(qsizetype from, qsizetype to, const QList<Interval> &gutters);

    // The distance between two rows' tops, in their type's height.
    double pitch(qsizetype a, qsizetype b) const;

    // The rows before the first row of figures are the header (the first row when there are
    // none); where the header is set in smaller type than the rows, only the smaller rows are.
    static void markHeader(DocumentTable &table, const QList<double> &heights);

    const QList<PdfLine> &m_lines;
    const QList<Row> &m_rows;
    double m_leadingRatio;
};

} // namespace Rapporteur::Importer
