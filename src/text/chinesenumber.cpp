#include "chinesenumber.h"

#include <QString>

namespace Rapporteur::Text {

namespace {
int digitValue(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    const qsizetype i = digits.indexOf(c);
    if (i >= 0)
        return static_cast<int>(i);
    if (c == u'两' || c == u'〇')
        return c == u'两' ? 2 : 0;
    return -1;
}
} // namespace

int parseChineseNumber(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic;
    int total = 0;
    int current = 0;
    for (QChar c : text) {
        if (const int d = digitValue(c); d >= 0) {
            current = d;
        } else if (c == u'十') {
            total += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (c == u'百') {
            total += (current == 0 ? 1 : current) * 100;
            current = 0;
        } else {
            return 0;
        }
    }
    return total + current;
}

} // namespace Rapporteur::Text
