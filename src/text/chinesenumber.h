#pragma once

#include <QStringView>

namespace Rapporteur::Text {

// "十八" → 18, "二十一" → 21, "一百零五" → 105, "18" → 18; 0 when the text is not a number.
int parseChineseNumber(QStringView text);

} // namespace Rapporteur::Text
