#include "tablerepository.h"

#include "database.h"
#include "documentversions.h"
#include "joinedreads.h"
#include "statement.h"

#include <QByteArray>
#include <QHash>

namespace Rapporteur::Storage {

namespace {

// One query for the tables, one for all their cells and one for all their notes, joined in
// memory (see joinedreads.h). `where` is a condition on t (document_table) and d (document) with
// its value in ?1.
template <typename Key>
Result<QList<TableRecord>> readTables(const Database &db, const QByteArray &where, const Key &key)
{
    const auto prepare = [&](const QByteArray &sql) { return prepareWith(db, sql, key); };
    auto tables = prepare(R"(
        SELECT t.id, d.symbol, t.ordinal, t.caption, t.first_page, t.last_page,
               t.after_paragraph_id, t.column_count
        FROM document_table t JOIN document d ON d.id = t.document_id
        WHERE )" + where + " ORDER BY t.document_id, t.ordinal");
    if (!tables)
        return tables.error();
    QList<TableRecord> records;
    QHash<qint64, qsizetype> index;
    if (auto read = tables->forEachRow([&] {
            TableRecord &r = records.emplace_back();
            r.id = tables->columnInt64(0);
            r.document = tables->columnText(1);
            r.ordinal = tables->columnInt(2);
            r.caption = tables->columnText(3);
            r.firstPage = tables->columnInt(4);
            r.lastPage = tables->columnInt(5);
            if (!tables->isNull(6))
                r.afterParagraphId = tables->columnInt64(6);
            r.columnCount = tables->columnInt(7);
            index.insert(r.id, records.size() - 1);
        });
        !read)
        return read.error();
    if (records.isEmpty())
        return records;

    const QByteArray ofTables = " JOIN document_table t ON t.id = x.table_id "
                                "JOIN document d ON d.id = t.document_id WHERE " +
                                where;
    auto cells = prepare("SELECT x.table_id, x.row_index, x.header, x.text FROM table_cell x" +
                         ofTables + " ORDER BY x.table_id, x.row_index, x.column_index");
    if (auto read = joinRows(cells, records, index,
                             [](TableRecord &table, const Statement &row) {
                                 const int r = row.columnInt(1);
                                 while (table.rows.size() <= r)
                                     table.rows.append(TableRow{});
                                 table.rows[r].header = row.columnInt(2) != 0;
                                 table.rows[r].cells.append(row.columnText(3));
                             });
        !read)
        return read.error();

    auto notes = prepare("SELECT x.table_id, x.marker, x.text FROM table_note x" + ofTables +
                         " ORDER BY x.table_id, x.ordinal");
    if (auto read = joinRows(notes, records, index,
                             [](TableRecord &table, const Statement &row) {
                                 table.notes.append(footnoteAt(row, 1));
                             });
        !read)
        return read.error();
    return records;
}

Error withMessage(Error error)
{
    error.userMessage = QStringLiteral("Could not read the corpus database.");
    return error;
}

} // namespace

TableRepository::TableRepository(const Database &db) : m_db(db) {}

Result<QList<TableRecord>> TableRepository::tablesOfDocument(const QString &documentSymbol,
                                                             const QString &language) const
{
    auto id = findVersion(m_db, documentSymbol, language);
    if (!id)
        return withMessage(id.error());
    if (!id->has_value())
        return unknownVersion(documentSymbol, language);
    auto tables = readTables(m_db, "d.id = ?1", **id);
    if (!tables)
        return withMessage(tables.error());
    return tables;
}

Result<std::optional<TableRecord>> TableRepository::table(qint64 id) const
{
    auto tables = readTables(m_db, "t.id = ?1", id);
    if (!tables)
        return withMessage(tables.error());
    if (tables->isEmpty())
        return std::optional<TableRecord>();
    return std::optional<TableRecord>(tables->takeFirst());
}

} // namespace Rapporteur::Storage
