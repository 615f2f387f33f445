#pragma once

#include "pdfline.h"

#include "common/documenttable.h"

#include <QList>

namespace Rapporteur::Importer {

// A table found on a page, with the page's lines it is made of.
struct PageTable
{
    DocumentTable table;    // caption, page, rows and notes (afterParagraph is the reflow's to set)
    QList<qsizetype> lines; // the lines of its cells, its caption and its notes
    double top = 0;         // the rows' extent on the page
    double bottom = 0;
};

// Finds the tables among a page's lines that have `candidate` set (the text of the page: not its
// furniture, not the notes under its footnote rule). A table is a block of lines, set close
// together, that the page leaves open at one or more common places from top to bottom (its
// gutters: gaps wider than most of an em in every line's words at once), with words on both
// sides of a gutter in two lines or more. A gutter after a column of list labels ("16.34",
// "(a)") is a hanging indent, not a table. The rows are the lines of one baseline; a cell over
// several lines is one cell (its lines are set closer than the rows, or its next line goes on in
// lower case), and never two figures of one column. The rows before the first row of figures are
// its header (the first row when it has no figures). Its caption is the short block set just
// above it ("Table 16.4" / "Performance measure", a line of units in small type), its notes the
// small lines just under it ("a Includes …").
QList<PageTable> findPageTables(const QList<PdfLine> &lines, const QList<bool> &candidate,
                                double body, double leading);

// Goes on with `table` (which ends its page) in `next` (which opens the following one) when both
// have the same columns: `next`'s rows are appended, less a header that repeats `table`'s.
// Returns false, changing nothing, when `next` is another table.
bool continueTable(DocumentTable &table, const DocumentTable &next);

// Of the tables placed on a page (indices in `tables`), the one whose cells call a note of the
// page ("2025***" in a table of contents); -1 when none does.
qsizetype tableCallingNote(const QString &marker, const QList<qsizetype> &placed,
                           const QList<DocumentTable> &tables);

} // namespace Rapporteur::Importer
