// The main of every test executable: GoogleTest plus the Qt application object some Qt classes
// need. GUI tests define RAPPORTEUR_GUI_TESTS and get a QApplication on the offscreen platform.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
