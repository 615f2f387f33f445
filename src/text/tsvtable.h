#pragma once

#include <QList>
#include <QStringView>

namespace Rapporteur::Text {

// One row of a tab-separated table: its line number (from 1) and its fields, as written (not
// trimmed). The views point into the text given to tsvRows, which must outlive them.
struct TsvRow
{
    qsizetype line = 0;
    QStringView text; // the whole line, without its line end
    QList<QStringView> fields;
};

enum class TsvHeader
{
    First, // the first row is the column names: skipped
    None,
};

// The one reader of the program's tab-separated tables (data/*.tsv: entities, instruments,
// terms, groups, languages): rows split at tabs, lines ended by LF or CRLF; blank lines and
// comment lines (starting with #) are skipped, and with TsvHeader::First so is the first row.
QList<TsvRow> tsvRows(QStringView tsv, TsvHeader header = TsvHeader::First);

} // namespace Rapporteur::Text
