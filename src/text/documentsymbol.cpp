#include "documentsymbol.h"

#include "matchingkey.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Rapporteur::Text {

namespace {
const QRegularExpression &symbolPattern()
{
    // Series code (A, S, E, ST, BWC, ...) then parts of letters, digits, dots, brackets, hyphens;
    // a part may end in a bracketed qualifier set off by a space ("2758 (XXVI)", "5 (Vol. II)",
    // "6 (Sect. 16)"), and a fascicle's last part is "Part A".
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Z]{1,8}(?:/(?:Part [A-Z]|[A-Za-z0-9][A-Za-z0-9.()\-]*(?: \((?:[A-Z][a-z]*\.? ?)?[0-9IVXLC]+\))?))+)"
        R"((?: [A-Z])?$)"));
    return re;
}

bool hasDigit(QStringView text)
{
    for (QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// UN document languages as undocs.org spells them in links.
bool isLanguageCode(QStringView part)
{
    static const QStringList codes{QStringLiteral("ar"), QStringLiteral("ch"), QStringLiteral("zh"),
                                   QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ru"),
                                   QStringLiteral("es")};
    return codes.contains(part.toString());
}
} // namespace

bool looksLikeSymbol(QStringView text)
{
    return hasDigit(text) && symbolPattern().match(text).hasMatch();
}

QString symbolOfMasthead(QStringView line)
{
    QStringView symbol = line.trimmed();
    while (symbol.endsWith(QLatin1Char('*')))
        symbol.chop(1);
    symbol = symbol.trimmed();
    return looksLikeSymbol(symbol) ? symbol.toString() : QString();
}

QString symbolFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).fileName();
    // Drop extensions and a language tag ("A-77-96.zh.txt", "A_77_96.pdf"). Symbols contain
    // dots themselves ("A-C.1-79-L.53"), so only trailing runs of letters after a dot go.
    static const QRegularExpression tail(QStringLiteral(R"((\.[a-zA-Z]{2,4})+$)"));
    base.remove(tail);
    QString symbol = base;
    symbol.replace(QLatin1Char('-'), QLatin1Char('/')).replace(QLatin1Char('_'), QLatin1Char('/'));
    return looksLikeSymbol(symbol) ? symbol : QString();
}

QString symbolFromLink(const QString &url)
{
    const QUrl parsed(url.trimmed());
    const QString host = parsed.host().toLower();
    if (!host.endsWith(QLatin1String("undocs.org")) && !host.endsWith(QLatin1String("un.org")))
        return {};
    // The old undocs.org form names the symbol in the query: "Home/Mobile?FinalSymbol=A%2F77%2F96".
    const QUrlQuery query(parsed);
    for (const char *key : {"FinalSymbol", "symbol"}) {
        const QString value = query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        if (!value.isEmpty())
            return canonicalSymbol(value);
    }
    QString path = QUrl::fromPercentEncoding(parsed.path(QUrl::FullyEncoded).toUtf8());
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash > 0 && isLanguageCode(QStringView(path).left(slash)))
        path.remove(0, slash + 1);
    return canonicalSymbol(path);
}

QString canonicalSymbol(QStringView text)
{
    QString symbol = foldWidth(text).simplified();
    static const QRegularExpression aroundSlash(QStringLiteral(R"(\s*/\s*)"));
    // "S/RES/1540 (2004)", "A/80/5 (Vol. II)": undocs.org writes the brackets closed up.
    static const QRegularExpression bracketSpace(
        QStringLiteral(R"(\s+(?=\((?:\d{4}|Vol\.))|(?<=\(Vol\.)\s+)"));
    symbol.replace(aroundSlash, QStringLiteral("/")).replace(bracketSpace, QString());
    while (symbol.endsWith(QLatin1Char('.')) || symbol.endsWith(QChar(0x3002)))
        symbol.chop(1);
    return looksLikeSymbol(symbol) ? symbol : QString();
}

} // namespace Rapporteur::Text
