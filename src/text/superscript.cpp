#include "superscript.h"

namespace Rapporteur::Text {

const QString &raisedDigits()
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    return digits;
}

namespace {

// The raised letters a to z ("q" has no superscript form in Unicode and stays as it is).
const QString &raisedLetters()
{
    static const QString letters = QStringLiteral("ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖqʳˢᵗᵘᵛʷˣʸᶻ");
    return letters;
}

} // namespace

bool isRaisedMarkerCharacter(QChar c)
{
    return c != QLatin1Char('q') && (raisedDigits().contains(c) || raisedLetters().contains(c));
}

QString superscriptForm(const QString &marker)
{
    const QString &digits = raisedDigits();
    const QString &letters = raisedLetters();
    QString out;
    for (const QChar c : marker) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += digits[c.unicode() - u'0'];
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('z') && c != QLatin1Char('q'))
            out += letters[c.unicode() - u'a'];
        else
            out += c;
    }
    return out;
}

} // namespace Rapporteur::Text
