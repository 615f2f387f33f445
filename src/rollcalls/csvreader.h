#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Rapporteur::RollCalls {

// A field of a CSV record, as bytes (UTF-8), with its quotes taken off. `quoted` tells a quoted
// "NA" (a value: Namibia's code) from a bare NA (R's missing value).
struct CsvField
{
    QByteArray text;
    bool quoted = false;
};

struct CsvRecord
{
    QList<CsvField> fields;
    qsizetype line = 0; // 1-based line the record starts on
};

// Reads RFC 4180 CSV record by record: fields separated by commas, quoted fields may hold
// commas, line breaks and doubled quotes; records end at LF or CRLF; backslashes are plain
// characters. Errors are one line: "NAME line N: …".
class CsvReader final
{
public:
    CsvReader(const QByteArray &data, QString shownName);

    // true: `record` holds the next record; false: the input has ended.
    Result<bool> next(CsvRecord &record);

    // "NAME line N: message", for errors found in a record's values.
    Error errorAt(qsizetype line, const QString &message) const;

private:
    QByteArray m_data; // implicitly shared with the caller's bytes: no copy
    QString m_name;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
};

} // namespace Rapporteur::RollCalls
