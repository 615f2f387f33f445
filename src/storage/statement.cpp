#include "statement.h"

#include "database.h"
#include "sqliteerror.h"

#include <QStringEncoder>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <utility>

namespace Rapporteur::Storage {

namespace {

Error statementError(sqlite3 *db, int rc, const char *sql)
{
    return sqliteError(db, rc, QStringLiteral("The database refused an operation."),
                       QString::fromUtf8(sql ? sql : "").simplified().left(200));
}

// A non-null pointer for empty values: SQLite binds NULL when the data pointer is null, and an
// empty string or blob is not NULL.
const char *nonNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? "" : bytes.constData();
}

} // namespace

Result<Statement> Statement::prepare(const Database &db, const char *sql)
{
    sqlite3_stmt *handle = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &handle, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(handle);
        return statementError(db.handle(), rc, sql);
    }
    return Statement(handle);
}

Statement::Statement(sqlite3_stmt *handle) : m_handle(handle) {}

Statement::Statement(Statement &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_bindError(std::move(other.m_bindError))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_handle); // a no-op on nullptr (moved-from)
}

Statement &Statement::checkBind(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindError) {
        m_bindError = statementError(sqlite3_db_handle(m_handle), rc, sqlite3_sql(m_handle));
        m_bindError->detail.prepend(QStringLiteral("parameter %1: ").arg(index));
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    return checkBind(sqlite3_bind_int64(m_handle, index, value), index);
}

Statement &Statement::bind(int index, int value)
{
    return checkBind(sqlite3_bind_int(m_handle, index, value), index);
}

Statement &Statement::bind(int index, double value)
{
    return checkBind(sqlite3_bind_double(m_handle, index, value), index);
}

Statement &Statement::bind(int index, const QString &value)
{
    // Encoded on the stack for the short values most binds are (codes, names, positions): a
    // heap buffer per bind was a tenth of the time of importing the voting record. SQLite copies
    // the bytes (SQLITE_TRANSIENT).
    QStringEncoder utf8(QStringEncoder::Utf8);
    QVarLengthArray<char, 256> bytes(utf8.requiredSpace(value.size()));
    const char *end = utf8.appendToBuffer(bytes.data(), value);
    return checkBind(sqlite3_bind_text64(m_handle, index, bytes.data(),
                                         static_cast<sqlite3_uint64>(end - bytes.data()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8),
                     index);
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    return checkBind(sqlite3_bind_blob64(m_handle, index, nonNull(value),
                                         static_cast<sqlite3_uint64>(value.size()),
                                         SQLITE_TRANSIENT),
                     index);
}

Statement &Statement::bindNull(int index)
{
    return checkBind(sqlite3_bind_null(m_handle, index), index);
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return *m_bindError;
    const int rc = sqlite3_step(m_handle);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return statementError(sqlite3_db_handle(m_handle), rc, sqlite3_sql(m_handle));
}

Status Statement::run()
{
    Result<bool> row = step();
    while (row && *row)
        row = step();
    reset();
    if (!row)
        return row.error();
    return success();
}

Status runEachWithKey(const Database &db, std::initializer_list<const char *> sqls, qint64 key)
{
    for (const char *sql : sqls) {
        auto statement = Statement::prepare(db, sql);
        if (!statement)
            return statement.error();
        statement->bind(1, key);
        if (auto ran = statement->run(); !ran)
            return ran;
    }
    return success();
}

void Statement::reset()
{
    // sqlite3_reset repeats the error of the last step, which step() has already reported.
    sqlite3_reset(m_handle);
    sqlite3_clear_bindings(m_handle);
    m_bindError.reset();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_handle);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_handle, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    // Text first, then bytes: asking for the text may convert the value, changing its size.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_handle, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_handle, column));
}

QByteArrayView Statement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_handle, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_handle, column));
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_handle, column);
}

int Statement::columnInt(int column) const
{
    return sqlite3_column_int(m_handle, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_handle, column);
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_handle, column));
    return QByteArray(data, sqlite3_column_bytes(m_handle, column));
}

} // namespace Rapporteur::Storage
