#include "shownpath.h"

#include <QFileInfo>

namespace Rapporteur {

QString shownPath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar c : path) {
        switch (c.unicode()) {
        case '\n':
            out += QLatin1String("\\n");
            continue;
        case '\r':
            out += QLatin1String("\\r");
            continue;
        case '\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        const auto category = c.category();
        const bool invisible = category == QChar::Other_Control || category == QChar::Other_Format ||
                               category == QChar::Separator_Line ||
                               category == QChar::Separator_Paragraph;
        if (!invisible) {
            out += c;
        } else if (c.unicode() < 0x100) {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString shownFileName(const QString &path)
{
    return shownPath(QFileInfo(path).fileName());
}

} // namespace Rapporteur
