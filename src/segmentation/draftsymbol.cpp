#include "draftsymbol.h"

#include <QRegularExpression>

namespace Rapporteur::Segmentation {

QString firstSymbolIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"([A-Z]{1,8}(?:/[A-Za-z0-9.]+)+)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    QString symbol = m.captured(0);
    // A symbol that ends a sentence ("… A/C.1/79/L.53/Rev.1.") does not keep its full stop.
    while (symbol.endsWith(QLatin1Char('.')))
        symbol.chop(1);
    return symbol;
}

QString mentionedDraft(const QString &text, const Text::LanguageRules &language)
{
    if (!Text::LanguageRules::firstMatch(language.draftMention, text).hasMatch())
        return {};
    return firstSymbolIn(text);
}

} // namespace Rapporteur::Segmentation
