#pragma once

#include <QStringView>

namespace Rapporteur::Text {

// Offsets leave the program (JSON, exports) in Unicode code points; QString counts UTF-16 units.
// These convert between the two; a character outside the BMP is one code point, two units.
qsizetype toCodePointOffset(QStringView text, qsizetype utf16Offset);
qsizetype toUtf16Offset(QStringView text, qsizetype codePointOffset);

} // namespace Rapporteur::Text
