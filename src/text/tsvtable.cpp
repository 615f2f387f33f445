#include "tsvtable.h"

namespace Rapporteur::Text {

QList<TsvRow> tsvRows(QStringView tsv, TsvHeader header)
{
    QList<TsvRow> rows;
    bool headerToSkip = header == TsvHeader::First;
    const auto lines = tsv.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        if (headerToSkip) {
            headerToSkip = false;
            continue;
        }
        rows.append({i + 1, line, line.split(u'\t')});
    }
    return rows;
}

} // namespace Rapporteur::Text
