#pragma once

#include <QString>

namespace Rapporteur::Text {

// "12" → "¹²", "a" → "ᵃ": how the PDF reader carries a raised footnote marker in the text, so
// that the reflow can tell it from a number of the text. Characters without a superscript form
// ("*", "†", "q") stay as they are.
QString superscriptForm(const QString &marker);

// "⁰¹²³⁴⁵⁶⁷⁸⁹": the raised digits, for patterns and tests.
const QString &raisedDigits();

// Whether a character is one of a raised marker as superscriptForm writes it ("¹", "ᵃ").
bool isRaisedMarkerCharacter(QChar c);

} // namespace Rapporteur::Text
