#include "languagenames.h"

#include <QHash>
#include <QRegularExpression>

namespace Rapporteur::Text {

QStringList languageCodes(const QString &names)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("英文"), QStringLiteral("en")},
        {QStringLiteral("英语"), QStringLiteral("en")},
        {QStringLiteral("法文"), QStringLiteral("fr")},
        {QStringLiteral("法语"), QStringLiteral("fr")},
        {QStringLiteral("西班牙文"), QStringLiteral("es")},
        {QStringLiteral("西班牙语"), QStringLiteral("es")},
        {QStringLiteral("俄文"), QStringLiteral("ru")},
        {QStringLiteral("俄语"), QStringLiteral("ru")},
        {QStringLiteral("阿拉伯文"), QStringLiteral("ar")},
        {QStringLiteral("阿拉伯语"), QStringLiteral("ar")},
        {QStringLiteral("中文"), QStringLiteral("zh")},
        {QStringLiteral("汉语"), QStringLiteral("zh")},
        {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("french"), QStringLiteral("fr")},
        {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("russian"), QStringLiteral("ru")},
        {QStringLiteral("arabic"), QStringLiteral("ar")},
        {QStringLiteral("chinese"), QStringLiteral("zh")},
    };
    static const QRegularExpression separators(
        QStringLiteral(R"(\s*(?:和|及|、|,|，|\band\b)\s*)"));
    QStringList out;
    for (const QString &part : names.split(separators, Qt::SkipEmptyParts)) {
        const QString code = codes.value(part.trimmed().toLower());
        if (!code.isEmpty() && !out.contains(code))
            out.append(code);
    }
    return out;
}

} // namespace Rapporteur::Text
