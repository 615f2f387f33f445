// Importing through the assembled window: drag-and-drop and the File menu's action, with the
// corpus refreshing after a good import and staying as it was after a bad one.
#include "corpussnapshot.h"
#include "testsupport.h"
#include "treewalk.h"

#include "gui/window/mainwindow.h"

#include <QAction>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::MainWindow;
using Test::corpusPath;
using Test::corpusSnapshot;
using Test::fixturePath;
using Test::itemsOfKind;

namespace {

constexpr int kTimeoutMs = 30'000;

class MainWindowImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.show();
        QSignalSpy shown(&window, &MainWindow::corpusShown);
        window.openDatabase(databasePath()); // a new, empty database
        ASSERT_TRUE(shown.wait(kTimeoutMs));
        tree = window.findChild<QTreeView *>(QStringLiteral("corpusTree"));
        ASSERT_NE(tree, nullptr);
    }

    QString databasePath() const { return dir.filePath(QStringLiteral("corpus.sqlite")); }

    // Drops files on the window as a file manager would; true when the window took them.
    bool drop(const QStringList &paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        data.setUrls(urls);
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropped);
        return dropped.isAccepted();
    }

    int submissionsShown() const
    {
        return static_cast<int>(
            itemsOfKind(*tree->model(), Gui::CorpusTreeModel::ItemKind::Submission).size());
    }

    QTemporaryDir dir;
    MainWindow window;
    QTreeView *tree = nullptr;
};

TEST_F(MainWindowImportTest, ADroppedReportIsImportedAndTheCorpusRefreshes)
{
    EXPECT_EQ(submissionsShown(), 0);
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    ASSERT_TRUE(drop({corpusPath(QStringLiteral("A-77-96.zh.txt"))}));
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    EXPECT_EQ(submissionsShown(), 33);
    // The summary says what was read; it does not block the window.
    auto *summary = window.findChild<QMessageBox *>(QStringLiteral("importSummaryDialog"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("A/77/96")));
    summary->accept();
}

TEST_F(MainWindowImportTest, AFileThatIsNeitherPdfNorTextIsNotTaken)
{
    const QString image = dir.filePath(QStringLiteral("scan.png"));
    QFile file(image);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
    file.close();
    EXPECT_FALSE(drop({image}));
}

TEST_F(MainWindowImportTest, ABadFileShowsAnErrorNamingItAndTheCorpusStaysAsItWas)
{
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    ASSERT_TRUE(window.importFiles({corpusPath(QStringLiteral("A-77-96.zh.txt"))}));
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    const QString before = corpusSnapshot(databasePath());

    ASSERT_TRUE(drop({fixturePath(QStringLiteral("pdf-truncated.pdf"))}));
    QMessageBox *error = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            error = window.findChild<QMessageBox *>(QStringLiteral("importErrorDialog"));
            return error && error->isVisible();
        },
        kTimeoutMs));
    EXPECT_EQ(error->icon(), QMessageBox::Critical);
    EXPECT_TRUE(error->text().contains(QStringLiteral("pdf-truncated.pdf")));
    EXPECT_EQ(corpusSnapshot(databasePath()), before);
    EXPECT_EQ(submissionsShown(), 33);
    error->accept();
}

TEST_F(MainWindowImportTest, TheImportActionHasAShortcut)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("importAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_TRUE(action->isEnabled());
}

} // namespace
