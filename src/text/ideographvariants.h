#pragma once

#include <QString>
#include <QStringView>

namespace Rapporteur::Text {

// Undoes what a PDF's text layer often does to Chinese: fonts such as Noto CJK draw a Kangxi
// radical (U+2F24 ⼤) and the ideograph (U+5927 大) with one glyph, and a writer that maps glyphs
// back to characters may pick the radical. Radicals never stand in running text, so each one
// (Kangxi Radicals, and the CJK Radicals Supplement forms that equal an ideograph) becomes its
// ideograph; the two- and three-em dash ligatures become the em dashes they were typed as.
QString unifyIdeographVariants(QStringView text);

} // namespace Rapporteur::Text
