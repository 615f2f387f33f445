#pragma once

#include <QString>
#include <QStringView>

namespace Rapporteur::Text {

// A key for matching names and terms, never for storing: NFKC with case folding (so ，→, and
// full-width Latin match their ASCII forms), all white space removed (names broken across lines
// or letter-spaced still match), and the several middle dots that extraction produces folded to
// one.
QString matchingKey(QStringView text);

} // namespace Rapporteur::Text
