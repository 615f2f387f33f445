#include "csvreader.h"

#include <cstring>

namespace Rapporteur::RollCalls {

CsvReader::CsvReader(const QByteArray &data, QString shownName)
    : m_data(data), m_name(std::move(shownName))
{
    // A UTF-8 byte-order mark is not part of the first field.
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

Error CsvReader::errorAt(qsizetype line, const QString &message) const
{
    return Error{ErrorCode::InvalidInput, QStringLiteral("%1 line %2: %3").arg(m_name).arg(line).arg(message),
                 {}};
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    const qsizetype size = m_data.size();
    const char *data = m_data.constData();
    // Blank lines between records (a final newline, a trailing empty line) are no records.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;
    record.line = m_line;
    qsizetype count = 0;
    while (true) {
        if (count == record.fields.size())
            record.fields.append(CsvField{});
        CsvField &field = record.fields[count++];
        field.text.resize(0); // keeps its buffer for the next record: no allocation per field
        field.quoted = false;
        if (m_pos < size && data[m_pos] == '"') {
            field.quoted = true;
            ++m_pos;
            while (true) {
                const char *quote =
                    static_cast<const char *>(std::memchr(data + m_pos, '"', size_t(size - m_pos)));
                if (!quote)
                    return errorAt(record.line, QStringLiteral("a quoted field is not closed"));
                const qsizetype end = quote - data;
                for (qsizetype i = m_pos; i < end; ++i)
                    m_line += data[i] == '\n';
                field.text.append(data + m_pos, end - m_pos);
                m_pos = end + 1;
                if (m_pos < size && data[m_pos] == '"') { // a doubled quote
                    field.text.append('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\n' && data[m_pos] != '\r')
                return errorAt(m_line, QStringLiteral("text follows a quoted field"));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\n' &&
                   data[m_pos] != '\r') {
                if (data[m_pos] == '"')
                    return errorAt(m_line, QStringLiteral("a quote inside an unquoted field"));
                ++m_pos;
            }
            field.text.append(data + start, m_pos - start);
        }
        if (m_pos < size && data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        break;
    }
    if (m_pos < size && data[m_pos] == '\r')
        ++m_pos;
    if (m_pos < size && data[m_pos] == '\n') {
        ++m_pos;
        ++m_line;
    }
    record.fields.resize(count);
    return true;
}

} // namespace Rapporteur::RollCalls
