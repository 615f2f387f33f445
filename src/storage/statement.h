#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <initializer_list>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Rapporteur::Storage {

class Database;

// A prepared statement, finalized when it goes out of scope. Parameters and columns are numbered
// as SQLite numbers them: parameters from 1, columns from 0.
class Statement final
{
    Q_DISABLE_COPY(Statement)

public:
    static Result<Statement> prepare(const Database &db, const char *sql);

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    // A failed bind is remembered and reported by the next step(), so that call sites can bind a
    // row of values without checking each one.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds '' (use bindNull)
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, const char *) = delete; // would silently bind a blob
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // true: a row is ready for the column getters; false: the statement has finished.
    Result<bool> step();
    // Steps to the end and resets: for statements that return no rows.
    Status run();
    // Steps through every row, calling onRow() while each is current; the error of a step that
    // failed, after the rows before it were seen.
    template <typename OnRow> Status forEachRow(OnRow onRow)
    {
        for (;;) {
            const Result<bool> row = step();
            if (!row)
                return row.error();
            if (!*row)
                return success();
            onRow();
        }
    }
    // Every row, made a value by makeValue() while it is current, in order.
    template <typename T, typename MakeValue> Result<QList<T>> collect(MakeValue makeValue)
    {
        QList<T> values;
        if (auto read = forEachRow([&] { values.append(makeValue()); }); !read)
            return read.error();
        return values;
    }
    // The first row made a value by makeValue() while it is current; nullopt when there is none.
    template <typename T, typename MakeValue> Result<std::optional<T>> first(MakeValue makeValue)
    {
        const Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<T>();
        return std::optional<T>(makeValue());
    }
    // Makes the statement ready to run again, with all parameters NULL.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString columnText(int column) const;
    // The column's UTF-8 bytes without a copy, valid until the next step() or reset(): for the
    // readers of a million short codes, where a QString per row is most of the time.
    QByteArrayView columnUtf8(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const;
    double columnDouble(int column) const;
    QByteArray columnBlob(int column) const;

    sqlite3_stmt *handle() const { return m_handle; }

private:
    explicit Statement(sqlite3_stmt *handle);
    Statement &checkBind(int rc, int index);

    sqlite3_stmt *m_handle = nullptr;
    std::optional<Error> m_bindError;
};

// Runs each of `sqls` in turn with `key` bound to ?1: for the rows of one thing spread over
// several tables, deleted or rewritten together. The first failure ends it.
Status runEachWithKey(const Database &db, std::initializer_list<const char *> sqls, qint64 key);

} // namespace Rapporteur::Storage
