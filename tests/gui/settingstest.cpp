// The user's settings: the typed store, the dialog that edits it, and the font it chooses.
#include "testsupport.h"

#include "gui/reader/parallelreadingview.h"
#include "gui/reader/submissionreader.h"
#include "gui/settings/applicationfont.h"
#include "gui/settings/appsettings.h"
#include "gui/settings/settingsdialog.h"
#include "gui/settings/translation.h"

#include <QApplication>
#include <QComboBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::AppSettings;
using Gui::SettingsDialog;

namespace {

const auto kLatinFamily = QStringLiteral("DejaVu Serif"); // fonts-dejavu-core, a build dependency

// Settings in a folder of the test's own, never the user's; the application font as it was.
class SettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(Gui::currentLanguage(), QStringLiteral("en"));
    }
    void TearDown() override { Gui::applySimplifiedChineseFont(); }

    QString settingsFile() const { return dir.filePath(QStringLiteral("settings.ini")); }

    QTemporaryDir dir;
};

using SettingsStore = SettingsTest;
using SettingsDialogTest = SettingsTest;
using SettingsFont = SettingsTest;

TEST_F(SettingsStore, StartsEmptyKeepsValuesAndRefusesNonsense)
{
    {
        AppSettings settings(settingsFile());
        EXPECT_EQ(settings.language(), QString());
        EXPECT_EQ(settings.fontFamily(), QString());
        EXPECT_EQ(settings.fontPointSize(), 0);
        settings.setLanguage(QStringLiteral("zh"));
        settings.setFontFamily(kLatinFamily);
        settings.setFontPointSize(14);
    }
    AppSettings reopened(settingsFile());
    EXPECT_EQ(reopened.language(), QStringLiteral("zh"));
    EXPECT_EQ(reopened.fontFamily(), kLatinFamily);
    EXPECT_EQ(reopened.fontPointSize(), 14);

    reopened.setLanguage(QStringLiteral("fr"));
    reopened.setFontPointSize(500);
    EXPECT_EQ(reopened.language(), QString());
    EXPECT_EQ(reopened.fontPointSize(), 0);
}

TEST_F(SettingsDialogTest, ShowsTheSettingsAndWritesThemBackWhenAccepted)
{
    AppSettings settings(settingsFile());
    settings.setLanguage(QStringLiteral("zh"));
    settings.setFontFamily(kLatinFamily);
    settings.setFontPointSize(13);

    SettingsDialog dialog(settings);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *font = dialog.findChild<QFontComboBox *>(QStringLiteral("fontCombo"));
    auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("fontSizeSpin"));
    ASSERT_NE(language, nullptr);
    ASSERT_NE(font, nullptr);
    ASSERT_NE(size, nullptr);
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("zh"));
    EXPECT_EQ(font->currentFont().family(), kLatinFamily);
    EXPECT_EQ(size->value(), 13);
    EXPECT_FALSE(language->accessibleName().isEmpty());

    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    font->setCurrentFont(QFont(Gui::simplifiedChineseFontFamily()));
    size->setValue(0);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(settings.language(), QStringLiteral("en"));
    EXPECT_EQ(settings.fontFamily(), QString()); // the default font is stored as "default"
    EXPECT_EQ(settings.fontPointSize(), 0);
}

TEST_F(SettingsDialogTest, SetsTheLargestFileAnImportReads)
{
    AppSettings settings(settingsFile());
    EXPECT_EQ(settings.maxInputMegabytes(), 1074); // 1 GiB, rounded up
    SettingsDialog dialog(settings);
    auto *limit = dialog.findChild<QSpinBox *>(QStringLiteral("maxInputSpin"));
    ASSERT_NE(limit, nullptr);
    EXPECT_EQ(limit->value(), 1074);
    limit->setValue(250);
    dialog.accept();
    EXPECT_EQ(settings.maxInputMegabytes(), 250);
    EXPECT_EQ(settings.store().value(QStringLiteral("import/maxInputMB")).toInt(), 250);
}

TEST_F(SettingsDialogTest, CancelLeavesTheSettingsAlone)
{
    AppSettings settings(settingsFile());
    SettingsDialog dialog(settings);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("fontSizeSpin"));
    ASSERT_NE(language, nullptr);
    ASSERT_NE(size, nullptr);
    language->setCurrentIndex(language->findData(QStringLiteral("zh")));
    size->setValue(20);
    dialog.reject();
    EXPECT_EQ(settings.language(), QString());
    EXPECT_EQ(settings.fontPointSize(), 0);
}

TEST_F(SettingsDialogTest, SaysARestartIsNeededOnlyForAnotherLanguage)
{
    AppSettings settings(settingsFile());
    settings.setLanguage(QStringLiteral("en"));
    SettingsDialog dialog(settings);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
    ASSERT_NE(language, nullptr);
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(note->isVisibleTo(&dialog)); // English is on screen
    language->setCurrentIndex(language->findData(QStringLiteral("zh")));
    EXPECT_TRUE(note->isVisibleTo(&dialog));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    EXPECT_FALSE(note->isVisibleTo(&dialog));
}

// The family laid out for each character of the text in the font.
QStringList familiesUsed(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun &run : layout.glyphRuns())
        families << run.rawFont().familyName();
    return families;
}

TEST_F(SettingsFont, ChosenFamilyForLatinSimplifiedChineseForHan)
{
    ASSERT_TRUE(QFontDatabase::families().contains(kLatinFamily));
    const QFont font = Gui::interfaceFont(QFont(), kLatinFamily, 15);
    ASSERT_GE(font.families().size(), 2);
    EXPECT_EQ(font.families()[0], kLatinFamily);
    EXPECT_EQ(font.families()[1], Gui::simplifiedChineseFontFamily());
    EXPECT_EQ(font.pointSize(), 15);
    // 骨 has different Chinese and Japanese forms: it must come from the SC font.
    const QStringList used = familiesUsed(QStringLiteral("Bone 骨"), font);
    EXPECT_TRUE(used.contains(kLatinFamily)) << used.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(used.contains(Gui::simplifiedChineseFontFamily()))
        << used.join(QLatin1Char(',')).toStdString();
}

// The reading size changes the texts a user reads, not the interface around them: at 18 pt
// table rows clipped and dock tabs read "V…" when it resized everything.
TEST_F(SettingsFont, TheReadingFontReachesTheReadersOnlyAndGoesBack)
{
    const QFont platform = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    Gui::SubmissionReader onShow; // on show before the change: it follows it too
    onShow.show();
    QPushButton button;
    button.show();
    AppSettings settings(settingsFile());
    settings.setFontFamily(kLatinFamily);
    settings.setFontPointSize(platform.pointSize() + 5);
    EXPECT_TRUE(Gui::applyInterfaceFont(settings));
    Gui::SubmissionReader madeLater;
    Gui::ParallelReadingView versions;
    madeLater.ensurePolished(); // as when it is shown
    versions.ensurePolished();
    for (const QWidget *reader :
         {static_cast<const QWidget *>(&onShow), static_cast<const QWidget *>(&madeLater),
          static_cast<const QWidget *>(&versions)}) {
        EXPECT_EQ(reader->font().families().value(0), kLatinFamily);
        EXPECT_EQ(reader->font().pointSize(), platform.pointSize() + 5);
    }
    EXPECT_EQ(QApplication::font().families().value(0), Gui::simplifiedChineseFontFamily());
    EXPECT_EQ(QApplication::font().pointSize(), platform.pointSize());
    EXPECT_EQ(button.font().pointSize(), platform.pointSize());

    settings.setFontFamily({});
    settings.setFontPointSize(0);
    EXPECT_TRUE(Gui::applyInterfaceFont(settings));
    EXPECT_EQ(onShow.font().families().value(0), Gui::simplifiedChineseFontFamily());
    EXPECT_EQ(onShow.font().pointSize(), platform.pointSize());
}

} // namespace
