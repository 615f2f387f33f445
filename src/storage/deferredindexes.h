#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>

namespace Rapporteur::Storage {

class Database;

// The secondary indexes of one table, dropped for a bulk load and built again before the
// transaction commits. SQLite builds an index from sorted rows in one pass, while keeping it
// up to date puts each new row at a random place in it: for the General Assembly's voting
// record this was most of the time of an import (docs/performance.md).
//
// Used inside a transaction: if anything fails before rebuild(), rolling back brings the indexes
// back with everything else. Each index is made again from the SQL the schema gave it, so the
// migrations stay the one owner of what an index is.
class DeferredIndexes final
{
public:
    static Result<DeferredIndexes> drop(Database &db, const QByteArray &table);

    Status rebuild();

private:
    DeferredIndexes(Database &db, QList<QByteArray> definitions);

    Database *m_db;
    QList<QByteArray> m_definitions; // CREATE INDEX statements, as sqlite_schema holds them
};

} // namespace Rapporteur::Storage
