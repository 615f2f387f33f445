#include "applicationfont.h"

#include "guilogging.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace Rapporteur::Gui {

QString simplifiedChineseFontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

bool applySimplifiedChineseFont()
{
    const QString family = simplifiedChineseFontFamily();
    if (!QFontDatabase::families().contains(family)) {
        qCWarning(lcGui) << family << "is not installed; Chinese may show Japanese glyph forms";
        return false;
    }
    // Keep the platform's size and style; change only the family.
    QFont font = QApplication::font();
    font.setFamilies({family});
    QApplication::setFont(font);
    return true;
}

} // namespace Rapporteur::Gui
