// Tools ▸ Check Database in the assembled window: the check runs off the GUI thread and its result
// shows in a window-modal box opened with open(), on the sample database and on a damaged copy.
#include "samplecorpus.h"

#include "gui/window/databasechecker.h"
#include "gui/window/mainwindow.h"
#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::MainWindow;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 20'000;

class DatabaseCheckerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        action = window.findChild<QAction *>(QStringLiteral("checkDatabaseAction"));
        checker = window.findChild<Gui::DatabaseChecker *>();
        ASSERT_NE(action, nullptr);
        ASSERT_NE(checker, nullptr);
        window.show();
    }

    void open(const QString &path)
    {
        QSignalSpy shown(&window, &MainWindow::corpusShown);
        window.openDatabase(path);
        ASSERT_TRUE(shown.wait(kTimeoutMs));
    }

    // Triggers the menu action and returns the result box once it is open.
    QMessageBox *checkFromTheMenu(bool expectSound)
    {
        QSignalSpy finished(checker, &Gui::DatabaseChecker::finished);
        action->trigger();
        // Running in the background: the menu item waits, the window does not.
        EXPECT_TRUE(checker->isRunning());
        EXPECT_FALSE(action->isEnabled());
        EXPECT_TRUE(finished.count() > 0 || finished.wait(kTimeoutMs));
        EXPECT_EQ(finished.count(), 1);
        if (finished.count() == 1) {
            EXPECT_EQ(finished.first().first().toBool(), expectSound);
        }
        EXPECT_TRUE(action->isEnabled());
        QMessageBox *box = checker->resultBox();
        EXPECT_NE(box, nullptr);
        if (box) {
            EXPECT_TRUE(box->isVisible());
            // open(): window-modal, and control came back to the event loop at once.
            EXPECT_EQ(box->windowModality(), Qt::WindowModal);
            EXPECT_EQ(box->parent(), &window);
        }
        return box;
    }

    MainWindow window;
    QAction *action = nullptr;
    Gui::DatabaseChecker *checker = nullptr;
};

} // namespace

TEST_F(DatabaseCheckerTest, SoundDatabaseSaysSo)
{
    open(SampleCorpus::databasePath());
    QMessageBox *box = checkFromTheMenu(true);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->icon(), QMessageBox::Information);
    EXPECT_EQ(box->text(), QStringLiteral("The database is sound."));
    box->accept();
}

TEST_F(DatabaseCheckerTest, DamagedDatabaseListsWhatIsWrong)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto sample = Storage::Database::open(SampleCorpus::databasePath());
        ASSERT_TRUE(sample.ok());
        ASSERT_TRUE(Storage::backupDatabase(**sample, damaged).ok());
        auto db = Storage::Database::open(damaged);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec("INSERT INTO paragraph_fts (paragraph_fts, rowid, text) "
                                "SELECT 'delete', id, text FROM paragraph ORDER BY id LIMIT 1"));
    }
    open(damaged);
    QMessageBox *box = checkFromTheMenu(false);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->icon(), QMessageBox::Warning);
    EXPECT_TRUE(box->text().contains(u'1')) << box->text().toStdString();
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("search index of paragraph text")))
        << box->informativeText().toStdString();
    box->accept();
}
