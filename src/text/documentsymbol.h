#pragma once

#include <QString>
#include <QStringView>

namespace Rapporteur::Text {

// UN document symbols: "A/77/96", "A/RES/76/234", "S/RES/1540(2004)", "A/C.1/79/L.53/Rev.1",
// "BWC/CONF.IX/PC/WP.9", "A/RES/2758 (XXVI)", "A/81/6 (Sect. 16)/Part A". The shape: an upper-case series code, then "/"-separated parts, at
// least one of them with a digit.
bool looksLikeSymbol(QStringView text);

// The symbol a masthead or running header prints, without the asterisks that mark a reissued
// document or a document with a note on its symbol ("A/80/605*" → "A/80/605",
// "A/81/6 (Sect. 16)/Part A*" → "A/81/6 (Sect. 16)/Part A"); empty when the line is no symbol.
QString symbolOfMasthead(QStringView line);

// "A-77-96.zh.txt" → "A/77/96"; empty when the file name is not a symbol with "/" spelled "-".
QString symbolFromFileName(const QString &fileName);

// "https://undocs.org/ch/A/RES/76/234" → "A/RES/76/234" (the language code, when present, goes);
// also docs.un.org and the old "?FinalSymbol=" form; the result is canonical. Empty for a link
// that names no document.
QString symbolFromLink(const QString &url);

// The one spelling every citation of a document maps to: full-width forms folded
// ("Ａ/RES/76/234"), white space around "/" and in a bracketed year or volume dropped
// ("S/RES/1540 (2004)" → "S/RES/1540(2004)", "A/80/5 (Vol. II)" → "A/80/5(Vol.II)", as
// undocs.org writes them), one space before a part letter
// ("A/RES/37/98  D" → "A/RES/37/98 D"), a trailing full stop dropped. Empty when what is left is
// not a symbol.
QString canonicalSymbol(QStringView text);

} // namespace Rapporteur::Text
