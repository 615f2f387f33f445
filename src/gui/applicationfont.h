#pragma once

#include <QString>

namespace Rapporteur::Gui {

// The family the whole interface uses for Chinese text.
QString simplifiedChineseFontFamily();

// Makes Simplified Chinese the application font when it is installed, so that Han characters
// never fall back to Japanese glyph forms (what Qt picks under LANG=C). Returns whether the font
// was found; without it the platform default stays. Call after creating the QApplication.
bool applySimplifiedChineseFont();

} // namespace Rapporteur::Gui
