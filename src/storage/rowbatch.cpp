#include "rowbatch.h"

namespace Rapporteur::Storage {

RowBatch &RowBatch::row()
{
    m_json += m_json.isEmpty() ? "[[" : "],[";
    m_fields = 0;
    ++m_rows;
    return *this;
}

RowBatch &RowBatch::number(qint64 value)
{
    field() += QByteArray::number(value);
    return *this;
}

RowBatch &RowBatch::number(std::optional<qint64> value)
{
    if (value)
        return number(*value);
    field() += "null";
    return *this;
}

RowBatch &RowBatch::string(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    number(m_strings.size() + 1).number(utf8.size());
    m_strings += utf8;
    return *this;
}

void RowBatch::bindTo(Statement &statement, int at)
{
    m_json += m_json.isEmpty() ? "[]" : "]]";
    if (m_strings.isEmpty())
        m_strings += ' '; // substr() of an empty blob is NULL, and '' must stay ''
    statement.bind(at, QString::fromLatin1(m_json)).bind(at + 1, m_strings);
    m_json.clear();
    m_strings.clear();
    m_rows = 0;
}

QByteArray &RowBatch::field()
{
    if (m_fields++ > 0)
        m_json += ',';
    return m_json;
}

} // namespace Rapporteur::Storage
