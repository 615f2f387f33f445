#pragma once

#include "common/documenttable.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {

// A stored table of a document (migration 0012), as TableRepository hands it out.
struct TableRecord
{
    qint64 id = 0;    // new at every import of its document: nothing points at a table
    QString document; // symbol
    int ordinal = 0;  // 0-based, in the document's reading order
    QString caption;
    int firstPage = 0;
    int lastPage = 0;
    // The stored id of the paragraph the table follows; empty when it comes before the first.
    std::optional<qint64> afterParagraphId;
    int columnCount = 0;
    QList<TableRow> rows;  // header rows first, each with columnCount cells
    QList<Footnote> notes; // the table's own notes (anchor -1)

    int headerRowCount() const
    {
        int count = 0;
        for (const TableRow &row : rows)
            count += row.header ? 1 : 0;
        return count;
    }
};

} // namespace Rapporteur::Storage
