#pragma once

#include "common/documenttable.h"

#include <QList>
#include <QString>

namespace Rapporteur::Storage {

// A document's table as CSV (RFC 4180, CRLF, common/csv): one record per row, header rows first,
// every row with the table's columns. The table's notes are not part of it (a spreadsheet would
// take them for rows). What the CLI's `table --csv` prints and the reader's export writes.
QString documentTableCsv(const QList<TableRow> &rows);

} // namespace Rapporteur::Storage
