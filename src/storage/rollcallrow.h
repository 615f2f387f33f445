#pragma once

#include "rollcallrecords.h"

#include <QByteArray>

namespace Rapporteur::Storage {
class Statement;
}

// A roll call as a row of roll_call: the one list of its columns, which the writer binds and the
// reader reads in the same order.
namespace Rapporteur::Storage::RollCallRow {

// Binds every column of the row to ?1 … (source and key first).
void bindValues(Statement &s, const RollCall &rc);
QByteArray insertSql();
// Updates the roll call with ?1/?2 as its key only where a column differs, so that the number
// of changed rows says whether anything did.
QByteArray updateSql();
// Every column, id first, of the roll calls `where` chooses, by date, then source and key.
QByteArray selectSql(const QByteArray &where);
// The current row of a statement made from selectSql().
RollCall read(const Statement &s);

} // namespace Rapporteur::Storage::RollCallRow
