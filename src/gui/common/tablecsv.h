#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// A table as the user sees it, as CSV (RFC 4180, CRLF): a header of the horizontal headers'
// texts, then a row per model row in the model's order. With a rowHeaderTitle, the first column
// holds the vertical headers' texts under that title (a matrix's row labels). Each cell is the
// text of `role`; a matrix passes its count role, so that empty cells read 0.
QString tableCsv(const QAbstractItemModel &model, const QString &rowHeaderTitle = {},
                 int role = Qt::DisplayRole);

// Writes csv to path as UTF-8 with a byte-order mark (so that spreadsheet programs read the
// Chinese right), atomically. Empty on success, else the reason.
QString writeCsvFile(const QString &path, const QString &csv);

} // namespace Rapporteur::Gui
