// The main of the GUI tests: GoogleTest plus a QApplication on the offscreen platform (unless the
// caller chose another one, e.g. xcb to watch), with settings kept apart from the user's.
#include "gui/settings/applicationfont.h"

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
    return RUN_ALL_TESTS();
}
