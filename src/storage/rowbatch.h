#pragma once

#include "statement.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {

// Many rows for one INSERT ... SELECT ... FROM json_each(?): each row's numbers as a JSON array,
// and its strings as slices of one UTF-8 blob (1-based byte offset and length, two numbers in the
// row), so that a string arrives byte for byte as a bound text would: JSON would carry it too,
// but SQLite's JSON functions end a string at an escaped U+0000.
class RowBatch
{
public:
    RowBatch &row(); // starts the next row
    RowBatch &number(qint64 value);
    RowBatch &number(std::optional<qint64> value); // null when absent
    RowBatch &string(const QString &value);

    qsizetype rows() const { return m_rows; }
    qsizetype bytes() const { return m_json.size() + m_strings.size(); }
    // Binds the rows to ?at (the JSON) and ?at+1 (the strings), and empties the batch.
    void bindTo(Statement &statement, int at);

private:
    QByteArray &field(); // the JSON, with a comma before every field but a row's first

    QByteArray m_json;    // ASCII: numbers, commas, brackets
    QByteArray m_strings; // every string of every row, one after the other
    qsizetype m_rows = 0;
    int m_fields = 0;
};

} // namespace Rapporteur::Storage
