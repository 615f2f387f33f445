// The recently opened databases: order, no duplicates, a cap, files that have gone, the menu.
#include "testsupport.h"

#include "gui/settings/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::RecentFiles;

namespace {

// Settings in a folder of the test's own, never the user's.
class RecentFilesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString settingsFile() const { return dir.filePath(QStringLiteral("settings.ini")); }

    QString makeFile(const QString &name) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        return QFileInfo(path).canonicalFilePath();
    }

    QTemporaryDir dir;
};

TEST_F(RecentFilesTest, MostRecentFirstAndEachFileOnceHoweverSpelled)
{
    const QString a = makeFile(QStringLiteral("a.sqlite"));
    const QString b = makeFile(QStringLiteral("b.sqlite"));
    const QString c = makeFile(QStringLiteral("c.sqlite"));
    RecentFiles recent(settingsFile(), nullptr);
    QSignalSpy changed(&recent, &RecentFiles::changed);
    recent.add(a);
    recent.add(b);
    recent.add(c);
    recent.add(dir.path() + QStringLiteral("/./sub/../a.sqlite"));
    EXPECT_EQ(recent.files(), (QStringList{a, c, b}));
    EXPECT_EQ(changed.count(), 4);

    recent.remove(c);
    EXPECT_EQ(recent.files(), (QStringList{a, b}));
}

TEST_F(RecentFilesTest, KeepsTheEightMostRecent)
{
    QStringList added;
    RecentFiles recent(settingsFile(), nullptr);
    for (int i = 0; i < 10; ++i) {
        added.prepend(makeFile(QStringLiteral("db%1.sqlite").arg(i)));
        recent.add(added.first());
    }
    ASSERT_EQ(RecentFiles::kMaxFiles, 8);
    EXPECT_EQ(recent.files(), added.mid(0, 8));
}

TEST_F(RecentFilesTest, DropsFilesThatHaveGoneAndRemembersAcrossRestarts)
{
    const QString a = makeFile(QStringLiteral("a.sqlite"));
    const QString b = makeFile(QStringLiteral("b.sqlite"));
    {
        RecentFiles recent(settingsFile(), nullptr);
        recent.add(a);
        recent.add(b);
    }
    ASSERT_TRUE(QFile::remove(b));
    RecentFiles restarted(settingsFile(), nullptr);
    EXPECT_EQ(restarted.files(), QStringList{a});
    // Forgotten in the store too, not only hidden.
    const QSettings stored(settingsFile(), QSettings::IniFormat);
    EXPECT_EQ(stored.value(QStringLiteral("recentDatabases")).toStringList(), QStringList{a});
}

TEST_F(RecentFilesTest, MenuOffersTheFilesAndTellsWhichWasChosen)
{
    const QString a = makeFile(QStringLiteral("a.sqlite"));
    const QString rd = makeFile(QStringLiteral("R&D.sqlite"));
    RecentFiles recent(settingsFile(), nullptr);
    recent.add(a);
    recent.add(rd);
    QMenu menu;
    recent.attachMenu(&menu);

    QList<QAction *> actions = menu.actions();
    ASSERT_EQ(actions.size(), 4); // two files, a separator, "Clear Menu"
    EXPECT_TRUE(actions[0]->text().startsWith(QStringLiteral("&1 R&&D.sqlite")))
        << actions[0]->text().toStdString();
    EXPECT_TRUE(actions[1]->text().startsWith(QStringLiteral("&2 a.sqlite")));
    EXPECT_TRUE(actions[2]->isSeparator());

    QSignalSpy chosen(&recent, &RecentFiles::fileChosen);
    actions[1]->trigger();
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().first().toString(), a);

    // A file deleted while the menu was closed is gone when it opens again.
    ASSERT_TRUE(QFile::remove(rd));
    emit menu.aboutToShow();
    actions = menu.actions();
    ASSERT_EQ(actions.size(), 3);
    EXPECT_EQ(actions[0]->data().toString(), a);

    menu.findChild<QAction *>(QStringLiteral("clearRecentFilesAction"))->trigger();
    EXPECT_TRUE(recent.files().isEmpty());
    emit menu.aboutToShow();
    actions = menu.actions();
    ASSERT_EQ(actions.size(), 1);
    EXPECT_FALSE(actions[0]->isEnabled());
}

} // namespace
