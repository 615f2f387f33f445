#include "tablewriter.h"

#include "database.h"
#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace Rapporteur::Storage {

namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

TableWriter::TableWriter(Database &db) : m_db(db) {}

Status TableWriter::replace(qint64 documentId, const QList<DocumentTable> &tables,
                            const QList<qint64> &paragraphIds)
{
    // Tables have no identity across imports: the old ones go whole, their cells and notes (and
    // the cells' index entries) with them by the cascade.
    auto remove = Statement::prepare(m_db, "DELETE FROM document_table WHERE document_id = ?1");
    if (!remove)
        return remove.error();
    remove->bind(1, documentId);
    if (auto ran = remove->run(); !ran)
        return ran;
    if (tables.isEmpty())
        return success();

    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO document_table (document_id, ordinal, caption, first_page, last_page,
                                    after_paragraph_id, column_count)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))");
    if (!insert)
        return insert.error();
    QJsonArray cells;
    QJsonArray notes;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const DocumentTable &table = tables[t];
        std::optional<qint64> anchor;
        if (table.afterParagraph >= 0 && table.afterParagraph < paragraphIds.size())
            anchor = paragraphIds[table.afterParagraph];
        insert->bind(1, documentId)
            .bind(2, static_cast<qint64>(t))
            .bind(3, table.caption)
            .bind(4, table.firstPage)
            .bind(5, table.lastPage)
            .bind(6, anchor)
            .bind(7, table.columnCount());
        if (auto ran = insert->run(); !ran)
            return ran;
        const qint64 tableId = m_db.lastInsertRowId();
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const TableRow &row = table.rows[r];
            for (qsizetype c = 0; c < row.cells.size(); ++c)
                cells.append(QJsonArray{tableId, static_cast<qint64>(r), static_cast<qint64>(c),
                                        row.header ? 1 : 0, row.cells[c]});
        }
        for (qsizetype n = 0; n < table.notes.size(); ++n)
            notes.append(QJsonArray{tableId, static_cast<qint64>(n), table.notes[n].marker,
                                    table.notes[n].text});
    }

    // All cells of the document in one statement: the index's trigger writes FTS5 in the same
    // statement, and FTS5 writes a segment at every statement boundary (documentwriter.cpp).
    const QList<std::pair<const char *, QJsonArray>> lists{
        {"INSERT INTO table_cell (table_id, row_index, column_index, header, text) "
         "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 "
         "FROM json_each(?1)",
         cells},
        {"INSERT INTO table_note (table_id, ordinal, marker, text) "
         "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?1)",
         notes}};
    for (const auto &[sql, list] : lists) {
        auto rows = Statement::prepare(m_db, sql);
        if (!rows)
            return rows.error();
        rows->bind(1, compact(list));
        if (auto ran = rows->run(); !ran)
            return ran;
    }
    return success();
}

} // namespace Rapporteur::Storage
