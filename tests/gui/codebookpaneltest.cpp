// The codebook dock on the small coding fixture: every edit of the codebook is a step of the
// window's undo stack, undone and redone with what it took along (codings, sub-codes, memos,
// guids); deleting a code with codings asks first; codes move by drag and drop; the codebook
// goes out and comes back as REFI-QDA .qdc; orphaned codings are listed.
#include "codingguisupport.h"

#include "gui/coding/codebookmodel.h"
#include "gui/coding/codebookpanel.h"
#include "gui/coding/codingcontroller.h"
#include "gui/coding/codingeditor.h"
#include "gui/coding/orphanedcodingmodel.h"
#include "gui/reader/submissionreader.h"
#include "gui/window/mainwindow.h"
#include "storage/codebookrepository.h"
#include "storage/memorepository.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Test;
using Storage::CodeRecord;

namespace {

class CodebookDock : public CodingWindowFixture
{
protected:
    void open()
    {
        ASSERT_NO_FATAL_FAILURE(openWindow());
        codesTester = std::make_unique<QAbstractItemModelTester>(
            panel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        orphansTester = std::make_unique<QAbstractItemModelTester>(
            panel()->orphans(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    // The codebook as stored, by path.
    QHash<QString, CodeRecord> stored() const
    {
        QHash<QString, CodeRecord> byPath;
        auto codes = Storage::CodebookRepository(*m_db).codes();
        EXPECT_TRUE(codes.ok());
        for (const auto &c : *codes)
            byPath.insert(c.path, c);
        return byPath;
    }

    // Waits until the dock shows exactly these code paths.
    bool dockShows(QStringList paths) const
    {
        paths.sort();
        return QTest::qWaitFor(
            [&] {
                QStringList shown;
                for (const auto &c : panel()->model()->codes())
                    shown << c.path;
                shown.sort();
                return shown == paths;
            },
            kTimeoutMs);
    }

    QUndoStack &undo() const { return *window->undoStack(); }

    std::unique_ptr<QAbstractItemModelTester> codesTester;
    std::unique_ptr<QAbstractItemModelTester> orphansTester;
};

} // namespace

TEST_F(CodebookDock, CreateRenameRecolourDescribeAndMoveAreUndoable)
{
    ASSERT_NO_FATAL_FAILURE(open());
    const qint64 top = *editor().createCode(std::nullopt, QStringLiteral("论点"));
    const qint64 sub = *editor().createCode(top, QStringLiteral("出口管制"));
    ASSERT_TRUE(dockShows({QStringLiteral("论点"), QStringLiteral("论点/出口管制")}));
    // The tree: one top-level code with one child.
    Gui::CodebookModel *model = panel()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 1);
    EXPECT_EQ(model->index(0, 0, model->index(0, 0)).data().toString(), QStringLiteral("出口管制"));
    // A new code gets a colour of its own.
    EXPECT_FALSE(stored()[QStringLiteral("论点")].colour.isEmpty());

    ASSERT_TRUE(editor().renameCode(sub, QStringLiteral("出口控制")));
    ASSERT_TRUE(editor().setCodeColour(sub, QStringLiteral("#123456")));
    ASSERT_TRUE(editor().setCodeDescription(sub, QStringLiteral("非歧视性")));
    ASSERT_TRUE(editor().moveCode(sub, std::nullopt));
    ASSERT_TRUE(dockShows({QStringLiteral("论点"), QStringLiteral("出口控制")}));
    const CodeRecord moved = stored()[QStringLiteral("出口控制")];
    EXPECT_EQ(moved.colour, QStringLiteral("#123456"));
    EXPECT_EQ(moved.description, QStringLiteral("非歧视性"));
    EXPECT_FALSE(moved.parentId.has_value());
    // A name taken among siblings is refused and leaves no step.
    const int steps = undo().count();
    EXPECT_FALSE(editor().renameCode(sub, QStringLiteral("论点")));
    EXPECT_EQ(undo().count(), steps);

    undo().undo(); // move
    EXPECT_EQ(stored()[QStringLiteral("论点/出口控制")].parentId, top);
    undo().undo(); // describe
    EXPECT_EQ(stored()[QStringLiteral("论点/出口控制")].description, QString());
    undo().undo(); // colour
    EXPECT_NE(stored()[QStringLiteral("论点/出口控制")].colour, QStringLiteral("#123456"));
    undo().undo(); // rename
    EXPECT_TRUE(stored().contains(QStringLiteral("论点/出口管制")));
    undo().undo(); // create the sub-code
    undo().undo(); // create the top code
    EXPECT_TRUE(stored().isEmpty());
    ASSERT_TRUE(dockShows({}));
    // Redo all: the same codes (same guids) again, where they ended.
    const QString guid = moved.guid;
    while (undo().canRedo())
        undo().redo();
    EXPECT_EQ(stored()[QStringLiteral("出口控制")].guid, guid);
    ASSERT_TRUE(dockShows({QStringLiteral("论点"), QStringLiteral("出口控制")}));
}

TEST_F(CodebookDock, MergeMovesCodingsAndChildrenAndUndoBringsTheCodeBack)
{
    code(QStringLiteral("甲"), kAustralia1, 7, 11);
    code(QStringLiteral("甲/子"), kBelarus, 0, 4);
    code(QStringLiteral("乙"), kAustralia2, 0, 4);
    ASSERT_NO_FATAL_FAILURE(open());
    auto before = stored();
    const CodeRecord from = before[QStringLiteral("甲")];
    const CodeRecord into = before[QStringLiteral("乙")];
    ASSERT_TRUE(Storage::MemoRepository(*m_db)
                    .set(Storage::MemoTarget::Code, from.id, QStringLiteral("甲的备忘"), kCoder)
                    .ok());
    const QString codingGuid = storedCodings()[0].guid; // 甲's, first in corpus order

    ASSERT_TRUE(editor().mergeCode(from.id, into.id));
    auto merged = stored();
    EXPECT_FALSE(merged.contains(QStringLiteral("甲")));
    EXPECT_TRUE(merged.contains(QStringLiteral("乙/子")));
    EXPECT_EQ(merged[QStringLiteral("乙")].codingCount, 2);
    EXPECT_EQ(memoText(Storage::MemoTarget::Code, into.id), QStringLiteral("甲的备忘"));
    ASSERT_TRUE(dockShows({QStringLiteral("乙"), QStringLiteral("乙/子")}));
    // The dock counts a code's own codings, and with its sub-codes in the tooltip's role.
    const QModelIndex b = panel()->model()->indexOfCode(into.id);
    EXPECT_EQ(b.siblingAtColumn(Gui::CodebookModel::CodingsColumn).data().toInt(), 2);
    EXPECT_EQ(b.data(Gui::CodebookModel::TotalCodingsRole).toInt(), 3);

    undo().undo();
    auto back = stored();
    ASSERT_TRUE(back.contains(QStringLiteral("甲")));
    EXPECT_EQ(back[QStringLiteral("甲")].guid, from.guid);
    EXPECT_EQ(back[QStringLiteral("甲")].codingCount, 1);
    EXPECT_TRUE(back.contains(QStringLiteral("甲/子")));
    EXPECT_EQ(back[QStringLiteral("乙")].codingCount, 1);
    EXPECT_EQ(back[QStringLiteral("乙")].description, into.description);
    EXPECT_EQ(memoText(Storage::MemoTarget::Code, back[QStringLiteral("甲")].id),
              QStringLiteral("甲的备忘"));
    EXPECT_EQ(memoText(Storage::MemoTarget::Code, into.id), QString());
    // Its coding is the same coding (guid), on it again.
    bool found = false;
    for (const auto &c : storedCodings())
        found = found || (c.guid == codingGuid && c.codeId == back[QStringLiteral("甲")].id);
    EXPECT_TRUE(found);
    ASSERT_TRUE(dockShows({QStringLiteral("甲"), QStringLiteral("甲/子"), QStringLiteral("乙")}));
    undo().redo();
    EXPECT_FALSE(stored().contains(QStringLiteral("甲")));
}

TEST_F(CodebookDock, DeletingACodeWithCodingsAsksFirstAndUndoBringsItAllBack)
{
    code(QStringLiteral("甲"), kAustralia1, 7, 11);
    code(QStringLiteral("甲/子"), kBelarus, 0, 4, QStringLiteral("bob"), QStringLiteral("备忘"));
    ASSERT_NO_FATAL_FAILURE(open());
    const auto before = stored();
    const auto codingsBefore = storedCodings();
    ASSERT_TRUE(Storage::MemoRepository(*m_db)
                    .set(Storage::MemoTarget::Code, before[QStringLiteral("甲/子")].id,
                         QStringLiteral("子的备忘"), kCoder)
                    .ok());
    ASSERT_TRUE(panel()->selectCode(before[QStringLiteral("甲")].id));

    QStringList questions;
    panel()->setAsk([&](const QString &question) {
        questions << question;
        return false;
    });
    EXPECT_FALSE(panel()->deleteCurrent());
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions[0].contains(QStringLiteral("2 coding"))) << questions[0].toStdString();
    EXPECT_EQ(stored().size(), 2);
    EXPECT_EQ(undo().count(), 0);

    panel()->setAsk([&](const QString &question) {
        questions << question;
        return true;
    });
    EXPECT_TRUE(panel()->deleteCurrent());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(storedCodings().isEmpty());
    ASSERT_TRUE(dockShows({}));

    undo().undo();
    const auto back = stored();
    ASSERT_EQ(back.size(), 2);
    EXPECT_EQ(back[QStringLiteral("甲")].guid, before[QStringLiteral("甲")].guid);
    EXPECT_EQ(back[QStringLiteral("甲/子")].guid, before[QStringLiteral("甲/子")].guid);
    // Made without a colour (as the CLI makes them), each was given one of its own, and keeps it
    // through the delete and its undo (the colour once came from the id, which an undo changes).
    EXPECT_FALSE(before[QStringLiteral("甲")].colour.isEmpty());
    EXPECT_NE(before[QStringLiteral("甲")].colour, before[QStringLiteral("甲/子")].colour);
    EXPECT_EQ(back[QStringLiteral("甲")].colour, before[QStringLiteral("甲")].colour);
    EXPECT_EQ(back[QStringLiteral("甲/子")].colour, before[QStringLiteral("甲/子")].colour);
    EXPECT_EQ(memoText(Storage::MemoTarget::Code, back[QStringLiteral("甲/子")].id),
              QStringLiteral("子的备忘"));
    const auto codingsBack = storedCodings();
    ASSERT_EQ(codingsBack.size(), codingsBefore.size());
    for (int i = 0; i < codingsBack.size(); ++i) {
        EXPECT_EQ(codingsBack[i].guid, codingsBefore[i].guid);
        EXPECT_EQ(codingsBack[i].coder, codingsBefore[i].coder);
        EXPECT_EQ(codingsBack[i].createdAt, codingsBefore[i].createdAt);
        EXPECT_EQ(codingsBack[i].memo, codingsBefore[i].memo);
        EXPECT_EQ(codingsBack[i].anchor.start, codingsBefore[i].anchor.start);
    }
    ASSERT_TRUE(dockShows({QStringLiteral("甲"), QStringLiteral("甲/子")}));

    // A code without codings goes without a question.
    const qint64 empty = *editor().createCode(std::nullopt, QStringLiteral("空"));
    ASSERT_TRUE(dockShows({QStringLiteral("甲"), QStringLiteral("甲/子"), QStringLiteral("空")}));
    ASSERT_TRUE(panel()->selectCode(empty));
    questions.clear();
    EXPECT_TRUE(panel()->deleteCurrent());
    EXPECT_TRUE(questions.isEmpty());
}

TEST_F(CodebookDock, DroppingACodeOnAnotherMovesItUnderIt)
{
    ASSERT_NO_FATAL_FAILURE(open());
    const qint64 a = *editor().createCode(std::nullopt, QStringLiteral("甲"));
    const qint64 b = *editor().createCode(std::nullopt, QStringLiteral("乙"));
    ASSERT_TRUE(dockShows({QStringLiteral("甲"), QStringLiteral("乙")}));
    Gui::CodebookModel *model = panel()->model();
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->indexOfCode(b)}));
    // Not onto itself.
    EXPECT_FALSE(
        model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->indexOfCode(b)));
    ASSERT_TRUE(model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->indexOfCode(a)));
    EXPECT_EQ(stored()[QStringLiteral("甲/乙")].id, b);
    ASSERT_TRUE(dockShows({QStringLiteral("甲"), QStringLiteral("甲/乙")}));
    // A code is not dropped under its own descendant.
    std::unique_ptr<QMimeData> parent(model->mimeData({model->indexOfCode(a)}));
    EXPECT_FALSE(
        model->canDropMimeData(parent.get(), Qt::MoveAction, -1, -1, model->indexOfCode(b)));
    // Onto empty space: the top level.
    std::unique_ptr<QMimeData> again(model->mimeData({model->indexOfCode(b)}));
    ASSERT_TRUE(model->dropMimeData(again.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_TRUE(stored().contains(QStringLiteral("乙")));
    undo().undo();
    EXPECT_TRUE(stored().contains(QStringLiteral("甲/乙")));
}

TEST_F(CodebookDock, TheCodebookGoesOutAsQdcAndComesBackUndoably)
{
    ASSERT_NO_FATAL_FAILURE(open());
    const qint64 top = *editor().createCode(std::nullopt, QStringLiteral("论点"));
    editor().createCode(top, QStringLiteral("出口管制"));
    const auto made = stored();
    const QByteArray qdc = editor().exportCodebook();
    EXPECT_TRUE(qdc.contains("urn:QDA-XML:codebook:1.0"));
    EXPECT_TRUE(qdc.contains(QStringLiteral("出口管制").toUtf8()));

    ASSERT_TRUE(editor().deleteCode(top));
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(editor().importCodebook(qdc), 2);
    const auto imported = stored();
    ASSERT_EQ(imported.size(), 2);
    EXPECT_EQ(imported[QStringLiteral("论点/出口管制")].guid,
              made[QStringLiteral("论点/出口管制")].guid);
    ASSERT_TRUE(dockShows({QStringLiteral("论点"), QStringLiteral("论点/出口管制")}));
    undo().undo();
    EXPECT_TRUE(stored().isEmpty());
    undo().redo();
    EXPECT_EQ(stored().size(), 2);
}

TEST_F(CodebookDock, OrphanedCodingsAreListedWithTheirQuoteAndContext)
{
    code(QStringLiteral("能力建设"), kAustralia2, 0, 4);
    code(QStringLiteral("出口管制"), kAustralia1, 29, 40);
    // The edited report drops the paragraph on capacity building.
    importFixture(QStringLiteral("coding-small-edited.zh.txt"));
    ASSERT_NO_FATAL_FAILURE(open());
    Gui::OrphanedCodingModel *orphans = panel()->orphans();
    ASSERT_EQ(orphans->rowCount(), 1);
    using Column = Gui::OrphanedCodingModel::Column;
    // Nothing was left of the paragraph before the quote; all of it after (under 30 code
    // points, so not cut).
    EXPECT_EQ(orphans->index(0, Column::QuoteColumn).data().toString(),
              QStringLiteral("【能力建设】对发展中国家很重要。"));
    EXPECT_EQ(orphans->index(0, Column::CodeColumn).data().toString(), QStringLiteral("能力建设"));
    EXPECT_EQ(orphans->index(0, Column::DocumentColumn).data().toString(), kSymbol);
    EXPECT_EQ(orphans->index(0, Column::CoderColumn).data().toString(), QStringLiteral("alice"));
    auto *label = panel()->findChild<QLabel *>(QStringLiteral("orphanedCodingsLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("1"))) << label->text().toStdString();
    // The coding whose text moved is marked in the reader, where its text is now.
    QSignalSpy shown(window.get(), &Gui::MainWindow::submissionShown);
    ASSERT_TRUE(window->selectEntity(QStringLiteral("AUS")));
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    ASSERT_TRUE(waitForMarks(reader(), 1));
    EXPECT_EQ(reader()->codingMarks()[0].quote, QStringLiteral("出口管制有助于防止扩散"));
    EXPECT_EQ(reader()->codingMarks()[0].span.start, 31); // 政府 came before it
}
