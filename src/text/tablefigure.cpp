#include "tablefigure.h"

#include "superscript.h"

#include <QRegularExpression>

#include <algorithm>

namespace Rapporteur::Text {

namespace {

// A raised marker as the PDF reader glues it to the text ("¹", "ᵃ"), or a sign marker.
bool isMarkerAfterFigure(QChar c)
{
    return isRaisedMarkerCharacter(c) || c == QLatin1Char('*');
}

QString withoutMarkers(const QString &cell)
{
    QString plain = cell.trimmed();
    while (!plain.isEmpty() && isMarkerAfterFigure(plain.back()))
        plain.chop(1);
    return plain;
}

} // namespace

bool isTableFigure(const QString &cell)
{
    // Digits with their separators (comma, point, a space, no-break or thin), a sign or the
    // accountants' parentheses, a currency, a percent sign; or a dash or ellipsis for nil.
    static const QRegularExpression figure(QStringLiteral(
        R"(^(?:[-−–—]|\.\.\.|…|[(\[]?[-−–+]?[$€£¥]?\d[\d\s,.\x{00A0}\x{2009}\x{202F}]*%?[)\]]?)$)"));
    const QString plain = withoutMarkers(cell);
    return !plain.isEmpty() && figure.match(plain).hasMatch();
}

bool isTableNumber(const QString &cell)
{
    return isTableFigure(cell) &&
           std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace Rapporteur::Text
