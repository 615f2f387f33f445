// The main of the GUI tests: GoogleTest plus a QApplication on the offscreen platform (unless the
// caller chose another one, e.g. xcb to watch), with settings kept apart from the user's and
// the interface in English.
#include "gui/settings/applicationfont.h"
#include "gui/settings/translation.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapporteur-gui-tests"));
    QApplication::setOrganizationName(QStringLiteral("rapporteur"));
    Rapporteur::Gui::applySimplifiedChineseFont();
    // As the application does: the English translation gives the plural forms ("1 roll call",
    // "3 roll calls"), so that a test run alone (as ctest runs each) sees what a user sees.
    if (!Rapporteur::Gui::installTranslation(QStringLiteral("en")))
        return 2;
    return RUN_ALL_TESTS();
}
