// Coding in the assembled window, on the small coding fixture (A/00/1: Australia's two paragraphs,
// Belarus's one, and 𠀀 U+20000 outside the BMP): a span coded through the mouse-free API is
// stored with its paragraph, code-point offsets, coder and quote, marked in the text and the
// margin, and undone and redone from the window's undo stack.
#include "codingguisupport.h"

#include "gui/coding/codebookmodel.h"
#include "gui/coding/codebookpanel.h"
#include "gui/coding/codingcontroller.h"
#include "gui/coding/codingeditor.h"
#include "gui/compare/comparisoncolumn.h"
#include "gui/compare/comparisonview.h"
#include "gui/reader/codingmargin.h"
#include "gui/reader/submissionreader.h"
#include "gui/settings/appsettings.h"
#include "gui/settings/settingsdialog.h"
#include "gui/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Test;
using Gui::TextSpan;

namespace {

class CodingInReader : public CodingWindowFixture
{
protected:
    void SetUp() override
    {
        CodingWindowFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(showAustralia());
        code = *editor().createCode(std::nullopt, QStringLiteral("出口管制"),
                                    QStringLiteral("#3cb44b"));
    }

    qint64 code = 0;
};

// The extra selection of the reader over exactly this text, or none.
std::optional<QTextEdit::ExtraSelection> tintOver(const Gui::SubmissionReader &reader,
                                                  const QString &text)
{
    for (const auto &tint : reader.extraSelections()) {
        if (tint.cursor.selectedText() == text)
            return tint;
    }
    return std::nullopt;
}

} // namespace

TEST_F(CodingInReader, CodesASpanMarksItAndUndoesAndRedoesIt)
{
    const qint64 paragraph = paragraphId(kAustralia1);
    // 出口管制有助于防止扩散: code points 29 to 40, after 𠀀 (which is two UTF-16 units).
    const QString quote = codePoints(kAustralia1, 29, 40);
    ASSERT_EQ(quote, QStringLiteral("出口管制有助于防止扩散"));

    ASSERT_TRUE(reader()->selectSpan({paragraph, 29, 40}));
    EXPECT_EQ(reader()->textCursor().selectedText(), quote);
    const auto made = controller()->codeSelection(reader(), {code});
    ASSERT_EQ(made.size(), 1);

    const auto stored = storedCodings();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].anchor.paragraphId, paragraph);
    EXPECT_EQ(stored[0].anchor.start, 29);
    EXPECT_EQ(stored[0].anchor.end, 40);
    EXPECT_EQ(stored[0].anchor.quote, quote);
    EXPECT_EQ(stored[0].coder, kCoder);
    EXPECT_EQ(stored[0].codeId, code);
    const QString guid = stored[0].guid;

    // The mark: the code's colour, lightly, over exactly the quote, and a bar in the margin.
    ASSERT_TRUE(waitForMarks(reader(), 1));
    EXPECT_EQ(reader()->codingMarks()[0].span, (TextSpan{paragraph, 29, 40}));
    const auto tint = tintOver(*reader(), quote);
    ASSERT_TRUE(tint.has_value());
    EXPECT_EQ(tint->format.background().color().rgb(), QColor(QStringLiteral("#3cb44b")).rgb());
    const auto bars = reader()->codingMargin()->barsInView();
    ASSERT_EQ(bars.size(), 1);
    EXPECT_GT(bars[0].rect.height(), 0);
    EXPECT_TRUE(reader()->codingMargin()->isVisible());
    const QString hover = reader()->codingMargin()->describeAt(bars[0].rect.center());
    EXPECT_TRUE(hover.startsWith(QStringLiteral("出口管制 — ") + kCoder)) << hover.toStdString();

    // Edit ▸ Undo: the row and the mark are gone.
    QAction *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    EXPECT_TRUE(storedCodings().isEmpty());
    ASSERT_TRUE(waitForMarks(reader(), 0));
    EXPECT_FALSE(tintOver(*reader(), quote).has_value());
    EXPECT_TRUE(reader()->codingMargin()->barsInView().isEmpty());

    // Redo: the same coding (same guid) and its mark are back.
    window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    const auto again = storedCodings();
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again[0].guid, guid);
    EXPECT_EQ(again[0].anchor.start, 29);
    EXPECT_EQ(again[0].coder, kCoder);
    ASSERT_TRUE(waitForMarks(reader(), 1));
    EXPECT_TRUE(tintOver(*reader(), quote).has_value());
}

TEST_F(CodingInReader, ASelectionOutsideTheBmpCountsCodePoints)
{
    const qint64 paragraph = paragraphId(kAustralia1);
    // Select 𠀀字 as a mouse would: by document positions, found in the block's own text.
    QTextCursor cursor(reader()->document());
    QTextBlock block = reader()->document()->begin();
    while (block.isValid() && !block.text().contains(QStringLiteral("𠀀字")))
        block = block.next();
    ASSERT_TRUE(block.isValid());
    const int at = block.position() + int(block.text().indexOf(QStringLiteral("𠀀字")));
    cursor.setPosition(at);
    cursor.setPosition(at + 3, QTextCursor::KeepAnchor); // 𠀀 is two UTF-16 units, 字 one
    reader()->setTextCursor(cursor);
    // 澳大利亚认为，出口管制不具歧视性。 is 17 code points: 𠀀 is the 18th.
    ASSERT_EQ(reader()->selectedSpans(), (QList<TextSpan>{{paragraph, 17, 19}}));

    ASSERT_EQ(controller()->codeSelection(reader(), {code}).size(), 1);
    const auto stored = storedCodings();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].anchor.start, 17);
    EXPECT_EQ(stored[0].anchor.end, 19);
    EXPECT_EQ(stored[0].anchor.quote, QStringLiteral("𠀀字"));
    ASSERT_TRUE(waitForMarks(reader(), 1));
    EXPECT_TRUE(tintOver(*reader(), QStringLiteral("𠀀字")).has_value());

    // The span after it starts where the text says, not two units off.
    ASSERT_TRUE(reader()->selectSpan({paragraph, 19, 21}));
    EXPECT_EQ(reader()->textCursor().selectedText(), QStringLiteral("不在"));
}

TEST_F(CodingInReader, ASelectionAcrossTwoParagraphsIsOneCodingInEach)
{
    const qint64 first = paragraphId(kAustralia1);
    const qint64 second = paragraphId(kAustralia2);
    ASSERT_TRUE(reader()->selectRange(first, 29, second, 4));
    const int firstLength = int(kAustralia1.toUcs4().size()); // 41
    ASSERT_EQ(reader()->selectedSpans(),
              (QList<TextSpan>{{first, 29, firstLength}, {second, 0, 4}}));

    ASSERT_EQ(controller()->codeSelection(reader(), {code}).size(), 2);
    const auto stored = storedCodings();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].anchor.paragraphId, first);
    EXPECT_EQ(stored[0].anchor.quote, codePoints(kAustralia1, 29, firstLength));
    EXPECT_EQ(stored[0].anchor.quote, QStringLiteral("出口管制有助于防止扩散。"));
    EXPECT_EQ(stored[1].anchor.paragraphId, second);
    EXPECT_EQ(stored[1].anchor.start, 0);
    EXPECT_EQ(stored[1].anchor.end, 4);
    EXPECT_EQ(stored[1].anchor.quote, QStringLiteral("能力建设"));
    ASSERT_TRUE(waitForMarks(reader(), 2));
    // One undo step takes both away.
    window->undoStack()->undo();
    EXPECT_TRUE(storedCodings().isEmpty());
}

TEST_F(CodingInReader, SeveralCodesAtOnceAndTheCurrentCodeAction)
{
    const qint64 paragraph = paragraphId(kAustralia1);
    const qint64 other = *editor().createCode(std::nullopt, QStringLiteral("防扩散"));
    ASSERT_TRUE(reader()->selectSpan({paragraph, 7, 11}));
    ASSERT_EQ(controller()->codeSelection(reader(), {code, other}).size(), 2);
    ASSERT_TRUE(waitForMarks(reader(), 2));
    // The same span, code and coder again adds nothing.
    EXPECT_TRUE(controller()->codeSelection(reader(), {code}).isEmpty());
    EXPECT_EQ(storedCodings().size(), 2);

    // Ctrl+K applies the codes selected in the codebook to the selection.
    ASSERT_TRUE(waitForCodebook([&] { return panel()->model()->codes().size() == 2; }));
    QAction *apply = controller()->codeAction();
    EXPECT_EQ(apply->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    ASSERT_TRUE(panel()->selectCode(other));
    ASSERT_TRUE(reader()->selectSpan({paragraph, 0, 4}));
    apply->trigger();
    const auto stored = storedCodings();
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored[0].anchor.quote, QStringLiteral("澳大利亚"));
    EXPECT_EQ(stored[0].codeId, other);
}

namespace {

// The action of a menu (or of its submenus) with this text, or null.
QAction *actionIn(const QMenu &menu, const QString &text)
{
    for (QAction *action : menu.actions()) {
        if (action->text() == text)
            return action;
        if (action->menu())
            if (QAction *inner = actionIn(*action->menu(), text))
                return inner;
    }
    return nullptr;
}

} // namespace

// "Code Selection" (choose a code) and the dock's current codes (Ctrl+K) are two entries with
// two names; they once read the same.
TEST_F(CodingInReader, TheContextMenuNamesEachWayToCodeOnce)
{
    const qint64 paragraph = paragraphId(kAustralia1);
    ASSERT_TRUE(waitForCodebook([&] { return panel()->model()->codes().size() == 1; }));
    ASSERT_TRUE(panel()->selectCode(panel()->model()->codes().first().id));
    ASSERT_TRUE(reader()->selectSpan({paragraph, 7, 11}));
    QMenu menu;
    emit reader()->contextMenuAboutToShow(&menu, {});
    QStringList texts;
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator())
            texts << action->text().remove(QLatin1Char('&'));
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("Code Selection"))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Code Selection with the Current Codes")))
        << texts.join(u'|').toStdString();
    EXPECT_EQ(texts.removeDuplicates(), 0) << texts.join(u'|').toStdString();
}

TEST_F(CodingInReader, TheContextMenuCodesTheSelectionAndRemovesACoding)
{
    const qint64 paragraph = paragraphId(kAustralia1);
    ASSERT_TRUE(waitForCodebook([&] { return panel()->model()->codes().size() == 1; }));
    ASSERT_TRUE(reader()->selectSpan({paragraph, 7, 11}));
    {
        QMenu menu;
        emit reader()->contextMenuAboutToShow(&menu, {});
        auto *codeMenu = menu.findChild<QMenu *>(QStringLiteral("codeSelectionMenu"));
        ASSERT_NE(codeMenu, nullptr);
        EXPECT_TRUE(codeMenu->isEnabled());
        QAction *apply = actionIn(*codeMenu, QStringLiteral("出口管制"));
        ASSERT_NE(apply, nullptr);
        apply->trigger();
    }
    ASSERT_EQ(storedCodings().size(), 1);
    EXPECT_EQ(storedCodings()[0].anchor.quote, QStringLiteral("出口管制"));
    ASSERT_TRUE(waitForMarks(reader(), 1));

    // Over the coded text, the menu offers the coding itself.
    reader()->moveCursor(QTextCursor::Start);
    QTextCursor inside(reader()->document());
    inside.setPosition(reader()->spans().positionsOf({paragraph, 8, 9})->first);
    const QPoint over = reader()->cursorRect(inside).center() + QPoint(4, 0);
    ASSERT_EQ(reader()->marksAt(over).size(), 1);
    QMenu menu;
    emit reader()->contextMenuAboutToShow(&menu, over);
    EXPECT_FALSE(menu.findChild<QMenu *>(QStringLiteral("codeSelectionMenu"))->isEnabled());
    QAction *remove = actionIn(menu, QStringLiteral("Remove Coding"));
    ASSERT_NE(remove, nullptr);
    remove->trigger();
    EXPECT_TRUE(storedCodings().isEmpty());
    ASSERT_TRUE(waitForMarks(reader(), 0));
}

TEST_F(CodingInReader, CodesASpanInASideBySideColumn)
{
    window->compare({QStringLiteral("AUS"), QStringLiteral("BLR")});
    Gui::ComparisonView *view = window->comparisonView();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return view->columnCount() == 2 && view->column(1)->reader()->submissionId() != 0 &&
                   view->column(1)->reader()->spans().contains(paragraphId(kBelarus));
        },
        kTimeoutMs));
    Gui::SubmissionReader *column = view->column(1)->reader();
    // 单方面强制措施: code points 6 to 13 of Belarus's paragraph.
    ASSERT_TRUE(column->selectSpan({paragraphId(kBelarus), 6, 13}));
    ASSERT_EQ(controller()->codeSelection(column, {code}).size(), 1);
    EXPECT_EQ(storedCodings()[0].anchor.quote, QStringLiteral("单方面强制措施"));
    ASSERT_TRUE(waitForMarks(column, 1));
    EXPECT_TRUE(tintOver(*column, QStringLiteral("单方面强制措施")).has_value());
}

TEST_F(CodingInReader, MemosOnACodingASubmissionAndADocumentAreUndoable)
{
    ASSERT_TRUE(reader()->selectSpan({paragraphId(kAustralia1), 29, 40}));
    const qint64 coding = controller()->codeSelection(reader(), {code}).first().id;
    ASSERT_TRUE(editor().setCodingMemo(coding, QStringLiteral("核心论点")));
    EXPECT_EQ(storedCodings()[0].memo, QStringLiteral("核心论点"));
    ASSERT_TRUE(waitForMarks(reader(), 1));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return reader()->codingMarks().value(0).memo == QStringLiteral("核心论点"); },
        kTimeoutMs));
    window->undoStack()->undo();
    EXPECT_EQ(storedCodings()[0].memo, QString());

    const qint64 submission = reader()->submissionId();
    ASSERT_TRUE(editor().setMemo(Storage::MemoTarget::Submission, submission,
                                 QStringLiteral("澳大利亚的立场")));
    EXPECT_EQ(memoText(Storage::MemoTarget::Submission, submission),
              QStringLiteral("澳大利亚的立场"));
    const qint64 document = documentId();
    ASSERT_TRUE(editor().setMemo(Storage::MemoTarget::Document, document, QStringLiteral("样本")));
    EXPECT_EQ(memoText(Storage::MemoTarget::Document, document), QStringLiteral("样本"));
    window->undoStack()->undo();
    EXPECT_EQ(memoText(Storage::MemoTarget::Document, document), QString());
    window->undoStack()->undo();
    EXPECT_EQ(memoText(Storage::MemoTarget::Submission, submission), QString());
    window->undoStack()->redo();
    EXPECT_EQ(memoText(Storage::MemoTarget::Submission, submission),
              QStringLiteral("澳大利亚的立场"));
}

TEST_F(CodingWindowFixture, TheCoderFilterShowsOneCodersMarksOrAll)
{
    code(QStringLiteral("出口管制"), kAustralia1, 7, 11, QStringLiteral("alice"));
    code(QStringLiteral("出口管制"), kAustralia1, 29, 33, QStringLiteral("bob"));
    ASSERT_NO_FATAL_FAILURE(showAustralia());
    ASSERT_TRUE(waitForMarks(reader(), 2));
    ASSERT_TRUE(waitForCodebook([&] { return panel()->coderFilter().isEmpty(); }));

    controller()->setCoderFilter(QStringLiteral("bob"));
    EXPECT_EQ(panel()->coderFilter(), QStringLiteral("bob"));
    ASSERT_TRUE(waitForMarks(reader(), 1));
    EXPECT_EQ(reader()->codingMarks()[0].coder, QStringLiteral("bob"));
    EXPECT_EQ(reader()->codingMarks()[0].span.start, 29);

    // The dock's chooser lists every coder and drives the same filter.
    auto *chooser = panel()->findChild<QComboBox *>(QStringLiteral("coderFilter"));
    ASSERT_NE(chooser, nullptr);
    ASSERT_TRUE(waitForCodebook([&] { return chooser->findData(QStringLiteral("alice")) > 0; }));
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("alice")));
    EXPECT_EQ(controller()->coderFilter(), QStringLiteral("alice"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return reader()->codingMarks().size() == 1 &&
                   reader()->codingMarks()[0].coder == QStringLiteral("alice");
        },
        kTimeoutMs));
    chooser->setCurrentIndex(0); // all coders
    ASSERT_TRUE(waitForMarks(reader(), 2));
}

TEST(CodingSettings, TheSettingsDialogRecordsTheCoderWhereTheCommandLineReadsIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Gui::AppSettings settings(file);
        Gui::SettingsDialog dialog(settings);
        auto *coder = dialog.findChild<QLineEdit *>(QStringLiteral("coderEdit"));
        ASSERT_NE(coder, nullptr);
        EXPECT_EQ(coder->text(), QString());
        coder->setText(QStringLiteral("  dora "));
        dialog.accept();
        EXPECT_EQ(settings.coder(), QStringLiteral("dora"));
    }
    // The key the command line reads (docs/coding.md: coding/coder).
    EXPECT_EQ(QSettings(file, QSettings::IniFormat).value(QStringLiteral("coding/coder")),
              QStringLiteral("dora"));
}

TEST(CodingSettings, TheWindowRecordsTheCoderOfTheSettings)
{
    // The test program's own settings (QStandardPaths' test mode), never the user's.
    Gui::AppSettings().setCoder(QStringLiteral("dora"));
    {
        Gui::MainWindow window;
        EXPECT_EQ(window.codingController()->editor().store().coder(), QStringLiteral("dora"));
    }
    Gui::AppSettings().setCoder({});
    Gui::MainWindow window;
    EXPECT_NE(window.codingController()->editor().store().coder(), QStringLiteral("dora"));
}
