#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace Rapporteur::Gui {

class AppSettings;

// The family the whole interface uses for Chinese text.
QString simplifiedChineseFontFamily();

// The families Han characters fall back to, in order: Simplified Chinese forms only, never a
// Japanese, Korean or Traditional font that would draw 骨, 直 or 令 the way another locale does.
QStringList simplifiedChineseFallbacks();

// The base font with the preferred family first (when given) and the Simplified Chinese fallbacks
// after it, so that a Latin family the user chose still leaves Han text in SC forms. A point
// size of 0 keeps the base's.
QFont interfaceFont(const QFont &base, const QString &preferredFamily = {}, int pointSize = 0);

// Makes that font the application font, so every widget uses it. Returns whether the Simplified
// Chinese font was found; without it Han text may take Japanese glyph forms (what Qt picks under
// LANG=C). Call after creating the QApplication; calling again re-renders every widget. It
// clears the reading font (below).
bool applySimplifiedChineseFont(const QString &preferredFamily = {}, int pointSize = 0);
// The interface in the platform's size with Simplified Chinese forms, and the texts the user
// reads (the reader, the side-by-side columns, the Versions tab) in the settings' family and
// size: a large reading size must not clip the tables, tabs and docks around them. Qt's
// fonts per class carry it, so readers made later and those on show alike take it.
bool applyInterfaceFont(const AppSettings &settings);

} // namespace Rapporteur::Gui
