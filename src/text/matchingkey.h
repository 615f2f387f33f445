#pragma once

#include <QString>
#include <QStringView>

namespace Rapporteur::Text {

// A key for matching names and terms, never for storing: NFKC with case folding (so ，→, and
// full-width Latin match their ASCII forms), all white space removed (names broken across lines
// or letter-spaced still match), the several middle dots that extraction produces folded to
// one, the typographic apostrophes folded to ', and Latin accents left out ("Cote" is "Côte").
QString matchingKey(QStringView text);

// NFKC applied character by character where a character's NFKC form is one UTF-16 unit
// (full-width Latin, digits and brackets: "Ａ／ＲＥＳ／７６（２００４）" → "A/RES/76(2004)"; the
// ideographic space); every other character is kept. The result has the text's length, so an
// offset found in it is an offset into the text, which scanners that report positions need.
QString foldWidth(QStringView text);

} // namespace Rapporteur::Text
