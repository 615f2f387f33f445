// The database stays whole when the process loses SQLite's locks on it, and an undo step the
// database refuses stays on the stack. SQLite's locks are POSIX locks that belong to the process:
// any close() of another descriptor on the file drops them all (a file dialog sniffing the
// file's type did it), and another process may then take the file for its own alone and delete
// the write-ahead log under the window.
#include "codingguisupport.h"

#include "gui/coding/codebookpanel.h"
#include "gui/coding/codingeditor.h"
#include "gui/common/filedialogs.h"
#include "gui/window/mainwindow.h"
#include "storage/codebookrepository.h"
#include "storage/processlocks.h"

#include <QAction>
#include <QFileInfo>

#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Rapporteur;
using namespace Rapporteur::Test;

namespace {

class LostLocks : public CodingWindowFixture
{
protected:
    QHash<QString, Storage::CodeRecord> storedCodes(Storage::Database &db) const
    {
        QHash<QString, Storage::CodeRecord> byPath;
        auto codes = Storage::CodebookRepository(db).codes();
        EXPECT_TRUE(codes.ok());
        for (const auto &c : *codes)
            byPath.insert(c.path, c);
        return byPath;
    }
    QString shm() const { return path() + QStringLiteral("-shm"); }
    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }
    bool deleteCode(qint64 id)
    {
        panel()->setAsk([](const QString &) { return true; });
        return panel()->selectCode(id) && panel()->deleteCurrent();
    }
};

// The scenario: delete a code with two codings, something in the process opens and
// closes the database file, another process uses the database and leaves, then Ctrl+Z.
TEST_F(LostLocks, UndoAfterTheLocksWereLostAndAnotherProcessWroteBringsTheCodeBack)
{
    code(QStringLiteral("甲"), kAustralia1, 7, 11);
    code(QStringLiteral("甲"), kBelarus, 0, 4);
    ASSERT_NO_FATAL_FAILURE(openWindow());
    // The fixture's own connection goes: the window's must be the process's only ones, as in
    // the application.
    const qint64 id = storedCodes(*m_db).value(QStringLiteral("甲")).id;
    m_db.reset();

    ASSERT_TRUE(deleteCode(id));
    ASSERT_EQ(Storage::processHoldsLockOn(shm()), std::optional<bool>(true));

    const int fd = ::open(QFile::encodeName(path()).constData(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    ::close(fd);
    ASSERT_EQ(Storage::processHoldsLockOn(path()), std::optional<bool>(false))
        << "closing a descriptor drops the process's locks";

    QProcess cli;
    cli.start(QStringLiteral(RAPPORTEUR_CLI),
              {QStringLiteral("--db"), path(), QStringLiteral("codes"), QStringLiteral("add"),
               QStringLiteral("乙")});
    ASSERT_TRUE(cli.waitForFinished(60'000)) << cli.readAllStandardError().toStdString();
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    // Believing itself alone, the other process checkpointed and removed the log and its index.
    ASSERT_FALSE(QFileInfo::exists(shm()));

    action("undoAction")->trigger();
    EXPECT_EQ(window->undoStack()->index(), 0);
    EXPECT_TRUE(
        editor().renameCode(storedCodes(editor().store().database()).value(QStringLiteral("甲")).id,
                            QStringLiteral("甲二")));

    // What a fresh connection (as the next session would) reads from the file.
    auto db = Storage::Database::open(path());
    ASSERT_TRUE(db.ok());
    const auto codes = storedCodes(**db);
    ASSERT_TRUE(codes.contains(QStringLiteral("甲二")));
    EXPECT_EQ(codes.value(QStringLiteral("甲二")).codingCount, 2);
    EXPECT_TRUE(codes.contains(QStringLiteral("乙"))); // the other process's write stays too
    EXPECT_EQ(Storage::processHoldsLockOn(shm()), std::optional<bool>(true));
}

// Not an undo but a new edit, first thing after the loss: it reconnects before it reads.
TEST_F(LostLocks, ANewEditAfterTheLocksWereLostIsStored)
{
    code(QStringLiteral("甲"), kAustralia1, 7, 11);
    ASSERT_NO_FATAL_FAILURE(openWindow());
    const qint64 id = storedCodes(*m_db).value(QStringLiteral("甲")).id;
    m_db.reset();
    const int fd = ::open(QFile::encodeName(path()).constData(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    ::close(fd);
    QProcess cli;
    cli.start(QStringLiteral(RAPPORTEUR_CLI),
              {QStringLiteral("--db"), path(), QStringLiteral("codes")});
    ASSERT_TRUE(cli.waitForFinished(60'000));
    ASSERT_FALSE(QFileInfo::exists(shm()));

    EXPECT_TRUE(editor().renameCode(id, QStringLiteral("甲二")));
    EXPECT_TRUE(editor().createCode(std::nullopt, QStringLiteral("乙")).has_value());
    auto db = Storage::Database::open(path());
    ASSERT_TRUE(db.ok());
    const auto codes = storedCodes(**db);
    EXPECT_TRUE(codes.contains(QStringLiteral("甲二")));
    EXPECT_TRUE(codes.contains(QStringLiteral("乙")));
}

// A step the database refuses is neither used up nor lost: it stays on the stack, the user is
// told, and it works once the database takes it.
TEST_F(LostLocks, AnUndoTheDatabaseRefusesStaysOnTheStack)
{
    code(QStringLiteral("甲"), kAustralia1, 7, 11);
    ASSERT_NO_FATAL_FAILURE(openWindow());
    ASSERT_TRUE(deleteCode(storedCodes(*m_db).value(QStringLiteral("甲")).id));
    ASSERT_EQ(window->undoStack()->index(), 1);

    ASSERT_TRUE(m_db->exec("CREATE TRIGGER refuse_codes BEFORE INSERT ON code BEGIN "
                           "SELECT RAISE(ABORT, 'refused for the test'); END"));
    QSignalSpy failed(&editor().store(), &Gui::CodingStore::failed);
    action("undoAction")->trigger();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(window->undoStack()->index(), 1) << "the refused step was used up";
    EXPECT_TRUE(action("undoAction")->isEnabled());
    EXPECT_FALSE(storedCodes(*m_db).contains(QStringLiteral("甲")));

    ASSERT_TRUE(m_db->exec("DROP TRIGGER refuse_codes"));
    action("undoAction")->trigger();
    EXPECT_EQ(window->undoStack()->index(), 0);
    const auto codes = storedCodes(*m_db);
    ASSERT_TRUE(codes.contains(QStringLiteral("甲")));
    EXPECT_EQ(codes.value(QStringLiteral("甲")).codingCount, 1);

    action("redoAction")->trigger();
    EXPECT_EQ(window->undoStack()->index(), 1);
    EXPECT_FALSE(storedCodes(*m_db).contains(QStringLiteral("甲")));
}

// The file dialogs list the database's folder without opening the database: the process keeps
// its locks.
TEST_F(LostLocks, FileDialogsNeverOpenTheFilesTheyList)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    m_db.reset();
    ASSERT_EQ(Storage::processHoldsLockOn(shm()), std::optional<bool>(true));
    Gui::NameOnlyIconProvider provider;
    for (const QString &file : {path(), shm(), path() + QStringLiteral("-wal")}) {
        const QFileInfo info(file);
        EXPECT_FALSE(provider.icon(info).isNull() && provider.type(info).isEmpty());
    }
    ASSERT_EQ(Storage::processHoldsLockOn(shm()), std::optional<bool>(true));

    // A real dialog on the folder: its model has gathered every file's icon and type once the
    // index's row shows a type (Qt's own provider opens the -shm file for that).
    std::unique_ptr<QFileDialog> dialog(Gui::FileDialogs::create(
        window.get(), QStringLiteral("Open"), m_dir.path(), QStringLiteral("All files (*)")));
    EXPECT_NE(dynamic_cast<const Gui::NameOnlyIconProvider *>(dialog->iconProvider()), nullptr);
    EXPECT_TRUE(dialog->testOption(QFileDialog::DontUseNativeDialog));
    dialog->show();
    auto *model = dialog->findChild<QFileSystemModel *>();
    ASSERT_NE(model, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QModelIndex index = model->index(shm());
            return index.isValid() && !index.siblingAtColumn(2).data().toString().isEmpty();
        },
        kTimeoutMs));
    dialog->reject();
    EXPECT_EQ(Storage::processHoldsLockOn(shm()), std::optional<bool>(true));
}

} // namespace
