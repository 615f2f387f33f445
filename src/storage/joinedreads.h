#pragma once

#include "statement.h"

#include "common/paragraph.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <utility>

namespace Rapporteur::Storage {

class Database;

// The repositories read a list of records with one query per table, whatever the number of rows,
// and join the results in memory: a query per paragraph would make a 2,000-paragraph document
// 4,000 round trips. These are the pieces those reads share.

// Prepares `sql` and binds `key` to ?1 where the query has one (a WHERE of "1" has none).
template <typename Key>
Result<Statement> prepareWith(const Database &db, const QByteArray &sql, const Key &key)
{
    auto statement = Statement::prepare(db, sql.constData());
    if (statement && sql.contains("?1"))
        statement->bind(1, key);
    return statement;
}

// Hands each row of `select` to addRow(record, row), where record is the one of `records` whose id
// is the row's column 0 and `index` maps each id to its place in `records`.
template <typename Record, typename AddRow>
Status joinRows(Result<Statement> &select, QList<Record> &records,
                const QHash<qint64, qsizetype> &index, AddRow addRow)
{
    if (!select)
        return select.error();
    return select->forEachRow(
        [&] { addRow(records[index.value(select->columnInt64(0))], std::as_const(*select)); });
}

// The note or footnote whose marker and text are the row's columns `column` and `column + 1`, and
// whose anchor is `column + 2` where the query reads one: -1 where that is NULL or not read (notes
// of a document or a table stand under it, not at a place in a text).
Footnote footnoteAt(const Statement &row, int column);

} // namespace Rapporteur::Storage
