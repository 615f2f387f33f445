// The interface language: the compiled-in Chinese translation, English plurals, the choice from
// the system locale, and the completeness of the translation source.
#include "testsupport.h"

#include "gui/settings/appsettings.h"
#include "gui/settings/settingsdialog.h"
#include "gui/settings/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

QString translate(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

// Other GUI tests read the English texts: every test here ends in English.
class Translation : public ::testing::Test
{
protected:
    void TearDown() override { EXPECT_TRUE(Gui::installTranslation(QStringLiteral("en"))); }
};

TEST_F(Translation, ChineseTranslatesTheInterfaceAndEnglishRestoresIt)
{
    ASSERT_TRUE(Gui::installTranslation(QStringLiteral("zh")));
    EXPECT_EQ(Gui::currentLanguage(), QStringLiteral("zh"));
    EXPECT_EQ(translate("Rapporteur::Gui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    EXPECT_EQ(translate("Rapporteur::Gui::VoteTableModel", "Not voting"),
              QStringLiteral("未参加表决"));
    QTemporaryDir dir;
    Gui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const Gui::SettingsDialog dialog(settings); // built after the switch, so in Chinese
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("设置"));

    ASSERT_TRUE(Gui::installTranslation(QStringLiteral("en")));
    EXPECT_EQ(Gui::currentLanguage(), QStringLiteral("en"));
    EXPECT_EQ(translate("Rapporteur::Gui::MainWindow", "&File"), QStringLiteral("&File"));
}

// qt6-translations-l10n (.ci/install-deps) brings Qt's own Chinese: the buttons of Qt's
// dialogs (Cancel, Save…) are then in Chinese too.
TEST_F(Translation, QtsOwnChineseComesAlong)
{
    const QString qtbase =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    ASSERT_TRUE(QFile::exists(qtbase)) << qtbase.toStdString();
    ASSERT_TRUE(Gui::installTranslation(QStringLiteral("zh")));
    EXPECT_EQ(translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

TEST_F(Translation, PluralsFollowTheCount)
{
    const char *context = "Rapporteur::Gui::CorpusTreeModel";
    const char *text = "%1: %n submission(s)";
    ASSERT_TRUE(Gui::installTranslation(QStringLiteral("en")));
    EXPECT_EQ(translate(context, text, 1), QStringLiteral("%1: 1 submission"));
    EXPECT_EQ(translate(context, text, 3), QStringLiteral("%1: 3 submissions"));
    ASSERT_TRUE(Gui::installTranslation(QStringLiteral("zh")));
    EXPECT_EQ(translate(context, text, 3), QStringLiteral("%1：3 份提交材料"));
}

TEST_F(Translation, TheSystemLanguageDecidesUnlessOneWasChosen)
{
    const QLocale china(QLocale::Chinese, QLocale::China);
    const QLocale taiwan(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const QLocale france(QLocale::French, QLocale::France);
    EXPECT_EQ(Gui::resolvedLanguage({}, china), QStringLiteral("zh"));
    EXPECT_EQ(Gui::resolvedLanguage({}, taiwan), QStringLiteral("zh"));
    EXPECT_EQ(Gui::resolvedLanguage({}, france), QStringLiteral("en"));
    EXPECT_EQ(Gui::resolvedLanguage(QStringLiteral("en"), china), QStringLiteral("en"));
    EXPECT_EQ(Gui::resolvedLanguage(QStringLiteral("zh"), france), QStringLiteral("zh"));
}

// The placeholders (%1, %n) of a text, sorted: a translation must keep every one.
QString placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found.join(QLatin1Char(' '));
}

TEST_F(Translation, EveryChineseTextIsTranslatedWithItsPlaceholders)
{
    QFile file(QStringLiteral(RAPPORTEUR_SOURCE_DIR "/resources/rapporteur_zh_CN.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            EXPECT_NE(xml.attributes().value(QLatin1String("type")).toString(),
                      QStringLiteral("unfinished"))
                << source.toStdString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            EXPECT_FALSE(translation.trimmed().isEmpty()) << source.toStdString();
            EXPECT_EQ(placeholders(translation), placeholders(source)) << source.toStdString();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
}

} // namespace
