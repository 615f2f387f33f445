#include "documenttablecsv.h"

#include "common/csv.h"

namespace Rapporteur::Storage {

QString documentTableCsv(const QList<TableRow> &rows)
{
    QString csv;
    for (const TableRow &row : rows)
        csv += csvRow(row.cells);
    return csv;
}

} // namespace Rapporteur::Storage
