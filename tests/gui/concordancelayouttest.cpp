// The concordance in the assembled window at the size it opens with, docks open: its contexts,
// headers and counts per state readable, and Ctrl+3 ready for a term.
#include "samplecorpus.h"

#include "gui/concordance/concordancemodel.h"
#include "gui/concordance/concordanceview.h"
#include "gui/window/mainwindow.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::ConcordanceModel;
using Gui::MainWindow;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 20'000;

// Whether a header section is wide enough for its title, as the header itself measures it.
bool titleFits(const QHeaderView *header, int section)
{
    const QString title = header->model()->headerData(section, header->orientation()).toString();
    return header->sectionSize(section) >=
           header->fontMetrics().horizontalAdvance(title) +
               2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
}

TEST(ConcordanceLayout, ContextsHeadersAndCountsAreReadableAtTheDefaultSize)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    {
        QSignalSpy shown(&window, &MainWindow::corpusShown);
        window.openDatabase(SampleCorpus::databasePath());
        ASSERT_TRUE(shown.wait(kTimeoutMs));
    }
    Gui::ConcordanceView *view = window.concordanceView();
    window.centralTabs()->setCurrentWidget(view);
    QSignalSpy shown(view, &Gui::ConcordanceView::concordanceShown);
    view->showTerm(QStringLiteral("出口管制"));
    ASSERT_TRUE(shown.wait(kTimeoutMs));

    const QHeaderView *lines = view->linesTable()->horizontalHeader();
    for (const int section :
         {int(ConcordanceModel::Left), int(ConcordanceModel::Hit), int(ConcordanceModel::Right)})
        EXPECT_TRUE(titleFits(lines, section)) << section << ": " << lines->sectionSize(section);
    // Each context shows more than a few characters of its text.
    const int eightHan =
        view->linesTable()->fontMetrics().horizontalAdvance(QStringLiteral("出口管制出口管制"));
    QString sizes;
    for (int section = 0; section < lines->count(); ++section)
        sizes += QString::number(lines->sectionSize(section)) + QLatin1Char(' ');
    sizes += QStringLiteral("of %1").arg(view->linesTable()->viewport()->width());
    EXPECT_GE(lines->sectionSize(ConcordanceModel::Left), eightHan) << sizes.toStdString();
    EXPECT_GE(lines->sectionSize(ConcordanceModel::Right), eightHan);

    // The counts per state stand under the lines, every column whole.
    const QTableView *counts = view->countsTable();
    EXPECT_GT(counts->mapTo(view, QPoint(0, 0)).y(),
              view->linesTable()->mapTo(view, QPoint(0, 0)).y());
    const QHeaderView *countsHeader = counts->horizontalHeader();
    int total = 0;
    for (int section = 0; section < countsHeader->count(); ++section) {
        EXPECT_TRUE(titleFits(countsHeader, section)) << section;
        total += countsHeader->sectionSize(section);
    }
    EXPECT_LE(total, counts->viewport()->width());
}

TEST(ConcordanceLayout, ViewConcordancePutsTheCursorInTheTermBox)
{
    MainWindow window;
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QAction *action = nullptr;
    for (QAction *candidate : window.findChildren<QAction *>()) {
        if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3))
            action = candidate;
    }
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_EQ(window.centralTabs()->currentWidget(), window.concordanceView());
    const auto *term =
        window.concordanceView()->findChild<QLineEdit *>(QStringLiteral("concordanceTerm"));
    ASSERT_NE(term, nullptr);
    EXPECT_TRUE(term->hasFocus());
}

} // namespace
