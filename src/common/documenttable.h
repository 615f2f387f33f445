#pragma once

#include "paragraph.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rapporteur {

// One row of a table as the page sets it: a cell over several lines is one cell.
struct TableRow
{
    QStringList cells; // one per column, "" where the row leaves a column empty
    bool header = false;
    bool operator==(const TableRow &) const = default;
};

// A table of a PDF page kept as a table: never read as paragraphs, notes or headings.
struct DocumentTable
{
    QString caption; // "Table 16.4 …", or the line of units above it; "" when it has none
    int firstPage = 0;
    int lastPage = 0; // a table continued overleaf ends on a later page
    // Index in ParsedDocument::paragraphs of the paragraph the table follows; -1 when it comes
    // before the first.
    int afterParagraph = -1;
    QList<TableRow> rows;  // header rows first; every row has columnCount() cells
    QList<Footnote> notes; // the table's own notes ("a", "b"), called from its cells (anchor -1)

    int columnCount() const
    {
        return rows.isEmpty() ? 0 : static_cast<int>(rows.first().cells.size());
    }
    bool operator==(const DocumentTable &) const = default;
};

} // namespace Rapporteur
