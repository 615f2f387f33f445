#include "databasecheck.h"

#include "database.h"

#include <sqlite3.h>

#include <functional>

namespace Rapporteur::Storage {

namespace {

// Damage shows itself as these codes when a check cannot read past it: that is a finding.
// Anything else (busy, I/O, out of memory) means the check could not run.
bool isDamage(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

QString sqliteMessage(sqlite3 *handle, int rc)
{
    return QStringLiteral("%1 (SQLite error %2)")
        .arg(QString::fromUtf8(sqlite3_errmsg(handle)))
        .arg(rc);
}

Error couldNotRun(sqlite3 *handle, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    const QString message =
        primary == SQLITE_BUSY || primary == SQLITE_LOCKED
            ? QStringLiteral("Could not %1: another program is writing to the database; try again "
                             "when it is done.")
                  .arg(what)
            : QStringLiteral("Could not %1.").arg(what);
    return {ErrorCode::Database, message, sqliteMessage(handle, rc)};
}

// Runs sql and hands each row to onRow. Returns SQLITE_OK or the failing code; the statement is
// finalized either way.
int forEachRow(sqlite3 *handle, const QByteArray &sql,
               const std::function<void(sqlite3_stmt *)> &onRow)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &statement,
                                nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            onRow(statement);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK)
        rc = sqlite3_extended_errcode(handle);
    sqlite3_finalize(statement);
    return rc;
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text) : QString();
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// What an index is, for the user; the table name stays in brackets for a bug report.
QString indexName(const QString &table)
{
    if (table == QLatin1String("paragraph_fts"))
        return QStringLiteral("The search index of paragraph text (paragraph_fts)");
    if (table == QLatin1String("footnote_fts"))
        return QStringLiteral("The search index of footnotes (footnote_fts)");
    if (table == QLatin1String("table_cell_fts"))
        return QStringLiteral("The search index of table cells (table_cell_fts)");
    return QStringLiteral("The search index %1").arg(table);
}

Status checkForeignKeys(sqlite3 *handle, CheckReport &report)
{
    const int rc = forEachRow(handle, "PRAGMA foreign_key_check", [&](sqlite3_stmt *row) {
        const QString table = columnText(row, 0);
        const QString parent = columnText(row, 2);
        report.problems.append(
            {QStringLiteral("foreign_keys"),
             sqlite3_column_type(row, 1) == SQLITE_NULL
                 ? QStringLiteral("A row of %1 refers to a row of %2 that does not exist.")
                       .arg(table, parent)
                 : QStringLiteral("Row %1 of %2 refers to a row of %3 that does not exist.")
                       .arg(sqlite3_column_int64(row, 1))
                       .arg(table, parent)});
    });
    if (isDamage(rc)) {
        report.problems.append({QStringLiteral("foreign_keys"),
                                QStringLiteral("The references between tables could not be "
                                               "checked: the file is damaged.")});
    } else if (rc != SQLITE_OK) {
        return couldNotRun(handle, rc, QStringLiteral("check the references between tables"));
    }
    report.checked.append(QStringLiteral("foreign_key_check"));
    return success();
}

Status checkSearchIndexes(sqlite3 *handle, CheckReport &report)
{
    QStringList tables;
    const int listed = forEachRow(handle,
                                  "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                  "AND lower(sql) LIKE 'create virtual table%using fts5%' "
                                  "ORDER BY name",
                                  [&](sqlite3_stmt *row) { tables.append(columnText(row, 0)); });
    if (isDamage(listed)) {
        report.problems.append({QStringLiteral("search_index"),
                                QStringLiteral("The search indexes could not be found: the "
                                               "file is damaged.")});
        return success();
    }
    if (listed != SQLITE_OK)
        return couldNotRun(handle, listed, QStringLiteral("list the search indexes"));
    if (sqlite3_db_readonly(handle, "main") == 1) {
        // FTS5's check is an INSERT, which a read-only connection refuses before it starts.
        if (!tables.isEmpty())
            report.notes.append(QStringLiteral("The search indexes were not checked: the database "
                                               "is open read-only."));
        return success();
    }
    for (const QString &table : tables) {
        // rank = 1: compare the index with the text it was made from, not only with itself.
        const QByteArray sql =
            QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                .arg(quoted(table))
                .toUtf8();
        const int rc = forEachRow(handle, sql, [](sqlite3_stmt *) {});
        if (isDamage(rc)) {
            report.problems.append(
                {QStringLiteral("search_index"),
                 QStringLiteral("%1 does not match the text it indexes: searches may miss or "
                                "invent hits.")
                     .arg(indexName(table))});
        } else if (rc != SQLITE_OK) {
            return couldNotRun(handle, rc, QStringLiteral("check the search index %1").arg(table));
        }
        report.checked.append(table);
    }
    return success();
}

} // namespace

Result<QStringList> integrityProblems(sqlite3 *handle)
{
    QStringList problems;
    const int rc = forEachRow(handle, "PRAGMA integrity_check", [&](sqlite3_stmt *row) {
        const QString line = columnText(row, 0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    });
    if (isDamage(rc))
        problems.append(QString::fromUtf8(sqlite3_errstr(rc)));
    else if (rc != SQLITE_OK)
        return couldNotRun(handle, rc, QStringLiteral("run SQLite's integrity check"));
    return problems;
}

Result<CheckReport> checkDatabase(const Database &db)
{
    sqlite3 *handle = db.handle();
    CheckReport report;
    auto integrity = integrityProblems(handle);
    if (!integrity)
        return integrity.error();
    for (const QString &line : *integrity)
        report.problems.append({QStringLiteral("integrity"),
                                QStringLiteral("SQLite's integrity check: %1").arg(line)});
    report.checked.append(QStringLiteral("integrity_check"));
    if (auto keys = checkForeignKeys(handle, report); !keys)
        return keys.error();
    if (auto indexes = checkSearchIndexes(handle, report); !indexes)
        return indexes.error();
    return report;
}

} // namespace Rapporteur::Storage
