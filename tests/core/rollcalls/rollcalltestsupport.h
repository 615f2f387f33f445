#pragma once

#include <QByteArray>
#include <QString>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Testing {

// Every row of the roll-call tables and the entity table, as text: two dumps are equal when the
// import left the database as it was.
QString dumpRollCallTables(Storage::Database &db);
// One value of a query (the first column of the first row), as text.
QString queryText(Storage::Database &db, const char *sql);

QByteArray gzipped(const QByteArray &data);

} // namespace Rapporteur::Testing
