#include "furniture.h"

#include "text/documentsymbol.h"

#include <QRegularExpression>

namespace Rapporteur::Importer {

std::optional<FurnitureLine> parseFurniture(QStringView line)
{
    // "26-01035*": a reissued document's job number carries the asterisk of its symbol.
    static const QRegularExpression jobNumber(QStringLiteral(R"(^\d{2}-\d{5}\*?$)"));
    static const QRegularExpression translationMark(QStringLiteral(R"(^\([A-Z]\)$)"));
    static const QRegularExpression pageOfPages(QStringLiteral(R"(^(\d{1,4})/(\d{1,4})$)"));
    static const QRegularExpression barcode(QStringLiteral(R"(^\*\d{6,}\*$)"));
    // The date stamp after a job number on a first page: "26-04865 (E) 150426".
    static const QRegularExpression dateStamp(QStringLiteral(R"(^\d{6}$)"));

    // A running header that is only the symbol, which can hold spaces ("A/81/6 (Sect. 16)/Part A").
    if (const QString symbol = Text::symbolOfMasthead(line); !symbol.isEmpty())
        return FurnitureLine{symbol, std::nullopt, std::nullopt};
    const auto tokens = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return std::nullopt;
    FurnitureLine result;
    bool sawJobOrPage = false;
    for (QStringView token : tokens) {
        // Every line of a file is asked, and the patterns below all start with a digit (any
        // script's, as \d), '*' or '(': a token that does not is not tried against them.
        const QChar first = token.front();
        const bool patterned =
            first.isDigit() || first == QLatin1Char('*') || first == QLatin1Char('(');
        if (!patterned) {
            const QString symbol = Text::symbolOfMasthead(token);
            if (symbol.isEmpty())
                return std::nullopt;
            result.symbol = symbol;
        } else if (jobNumber.match(token).hasMatch() || barcode.match(token).hasMatch()) {
            sawJobOrPage = true;
        } else if (translationMark.match(token).hasMatch()) {
            continue;
        } else if (sawJobOrPage && dateStamp.match(token).hasMatch()) {
            continue;
        } else if (const auto m = pageOfPages.match(token); m.hasMatch()) {
            const int page = m.capturedView(1).toInt();
            const int count = m.capturedView(2).toInt();
            if (page < 1 || page > count)
                return std::nullopt;
            result.pageNumber = page;
            result.pageCount = count;
            sawJobOrPage = true;
        } else if (Text::looksLikeSymbol(token)) {
            result.symbol = token.toString();
        } else {
            return std::nullopt;
        }
    }
    // A symbol alone is a running header; "(C)" alone is not furniture.
    if (!sawJobOrPage && result.symbol.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace Rapporteur::Importer
