#include "applicationfont.h"

#include "appsettings.h"
#include "gui/common/guilogging.h"

#include <QApplication>
#include <QFontDatabase>
#include <QWidget>

namespace Rapporteur::Gui {

QString simplifiedChineseFontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

QStringList simplifiedChineseFallbacks()
{
    // Noto's SC cut first (a build dependency on Debian), then the same design under Adobe's
    // name, then the usual system SC fonts of Linux, Windows and macOS.
    return {simplifiedChineseFontFamily(), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
            QStringLiteral("PingFang SC")};
}

QFont interfaceFont(const QFont &base, const QString &preferredFamily, int pointSize)
{
    QStringList families;
    if (!preferredFamily.isEmpty())
        families << preferredFamily;
    for (const QString &family : simplifiedChineseFallbacks()) {
        if (!families.contains(family))
            families << family;
    }
    // Keep the platform's style; change the families and, when asked, the size.
    QFont font = base;
    font.setFamilies(families);
    if (pointSize > 0)
        font.setPointSize(pointSize);
    return font;
}

bool applySimplifiedChineseFont(const QString &preferredFamily, int pointSize)
{
    const QString family = simplifiedChineseFontFamily();
    const bool found = QFontDatabase::families().contains(family);
    if (!found)
        qCWarning(lcGui) << family << "is not installed; Chinese may show Japanese glyph forms";
    if (!found && preferredFamily.isEmpty() && pointSize <= 0)
        return false; // nothing to change: the platform default stays
    // From the platform's font, not the current application font: going back to size 0 after a
    // chosen size must give the platform's size again.
    QApplication::setFont(interfaceFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont),
                                        preferredFamily, pointSize));
    return found;
}

bool applyInterfaceFont(const AppSettings &settings)
{
    // The widgets that show the texts a user reads, named rather than included: the settings
    // room stands below the reader room.
    static const char *const readingViews[] = {"Rapporteur::Gui::SubmissionReader",
                                               "Rapporteur::Gui::ParallelReadingView"};
    // The application font first: setting it clears the fonts per class.
    const bool found = applySimplifiedChineseFont();
    const QFont reading = interfaceFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont),
                                        settings.fontFamily(), settings.fontPointSize());
    for (const char *view : readingViews)
        QApplication::setFont(reading, view);
    // A font per class reaches a widget when it is polished; the readers already on show are
    // given it here.
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        for (const char *view : readingViews) {
            if (widget->inherits(view))
                widget->setFont(reading);
        }
    }
    return found;
}

} // namespace Rapporteur::Gui
