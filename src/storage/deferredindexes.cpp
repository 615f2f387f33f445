#include "deferredindexes.h"

#include "database.h"
#include "statement.h"

namespace Rapporteur::Storage {

DeferredIndexes::DeferredIndexes(Database &db, QList<QByteArray> definitions)
    : m_db(&db), m_definitions(std::move(definitions))
{
}

Result<DeferredIndexes> DeferredIndexes::drop(Database &db, const QByteArray &table)
{
    // Indexes with no SQL are those SQLite made for a PRIMARY KEY or UNIQUE constraint: they are
    // part of the table and stay.
    auto select = Statement::prepare(db, "SELECT name, sql FROM sqlite_schema "
                                         "WHERE type = 'index' AND tbl_name = ?1 AND sql NOT NULL");
    if (!select)
        return select.error();
    select->bind(1, QString::fromUtf8(table));
    QList<QByteArray> names;
    QList<QByteArray> definitions;
    if (auto read = select->forEachRow([&] {
            names.append(select->columnUtf8(0).toByteArray());
            definitions.append(select->columnUtf8(1).toByteArray());
        });
        !read)
        return read.error();
    select->reset();
    for (const QByteArray &name : names) {
        if (auto dropped = db.exec(("DROP INDEX \"" + name + "\"").constData()); !dropped)
            return dropped.error();
    }
    return DeferredIndexes(db, std::move(definitions));
}

Status DeferredIndexes::rebuild()
{
    for (const QByteArray &definition : m_definitions) {
        if (auto made = m_db->exec(definition.constData()); !made)
            return made;
    }
    m_definitions.clear();
    return success();
}

} // namespace Rapporteur::Storage
