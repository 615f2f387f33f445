// The voting blocs at the window's default size (1280 × 800, the docks as they open), in English
// and in Chinese: the heat map takes most of the tab, the bloc list shows whole names, no
// control's text is cut on any of its pages, and the docks stay as they open.
#include "samplecorpus.h"

#include "gui/blocs/agreementheatmap.h"
#include "gui/blocs/blocsview.h"
#include "gui/blocs/bloctreemodel.h"
#include "gui/blocs/statesubmissionspane.h"
#include "gui/settings/translation.h"
#include "gui/window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 20'000;

// The window as it opens, in the language under test, with the voting blocs analysed on show.
class BlocsLayout : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Gui::installTranslation(QString::fromLatin1(GetParam())));
        window = std::make_unique<Gui::MainWindow>(); // built after the switch: translated
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy shown(window.get(), &Gui::MainWindow::corpusShown);
        window->openDatabase(SampleCorpus::bothDocumentsPath());
        ASSERT_TRUE(shown.wait(kTimeoutMs));
        blocs = window->blocsView();
        QSignalSpy analysed(blocs, &Gui::BlocsView::analysisShown);
        window->centralTabs()->setCurrentWidget(blocs);
        ASSERT_TRUE(analysed.wait(kTimeoutMs));
        QCoreApplication::processEvents(); // the layouts settle on what the analysis drew
    }
    // Other GUI tests read the English texts.
    void TearDown() override
    {
        window.reset();
        EXPECT_TRUE(Gui::installTranslation(QStringLiteral("en")));
    }

    std::unique_ptr<Gui::MainWindow> window;
    Gui::BlocsView *blocs = nullptr;
};

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
             w->property("text").toString() + w->property("currentText").toString());
}

// Every control on show under view whose text would not fit: a label or a button narrower than
// its text, a combo box narrower than its longest choice, a tab bar that needs scroll arrows.
QStringList cutControls(const QWidget *view)
{
    QStringList cut;
    for (const QWidget *w : view->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(view) || w->window() != view->window())
            continue;
        const auto *label = qobject_cast<const QLabel *>(w);
        const bool control = qobject_cast<const QComboBox *>(w) ||
                             qobject_cast<const QAbstractButton *>(w) ||
                             qobject_cast<const QAbstractSpinBox *>(w) ||
                             qobject_cast<const QTabBar *>(w) || (label && !label->wordWrap());
        if (control && w->sizeHint().width() > w->width())
            cut << describe(w) +
                       QStringLiteral(": %1 < %2").arg(w->width()).arg(w->sizeHint().width());
        // A wrapping label needs the height of its lines.
        if (label && label->wordWrap() && !label->text().isEmpty() &&
            label->heightForWidth(label->width()) > label->height())
            cut << describe(w) + QStringLiteral(": %1 high, wants %2")
                                     .arg(label->height())
                                     .arg(label->heightForWidth(label->width()));
    }
    return cut;
}

// The part of the heat map on show in its scroll area.
QRect shownMap(const Gui::BlocsView &blocs)
{
    const auto *scroll = blocs.findChild<QScrollArea *>(QStringLiteral("blocsMatrixScroll"));
    if (!scroll)
        return {};
    const QWidget *viewport = scroll->viewport();
    const Gui::AgreementHeatMap *map = blocs.heatMap();
    return QRect(map->mapTo(viewport, QPoint(0, 0)), map->size()).intersected(viewport->rect());
}

TEST_P(BlocsLayout, TheHeatMapTakesMostOfTheTabWithTheDocksOpen)
{
    for (const char *dock : {"corpusDock", "votesDock"})
        EXPECT_TRUE(window->findChild<QDockWidget *>(QLatin1String(dock))->isVisible()) << dock;
    const QRect shown = shownMap(*blocs);
    EXPECT_GE(shown.width(), blocs->width() / 2) << "view " << blocs->width();
    EXPECT_GE(shown.height(), blocs->height() / 2) << "view " << blocs->height();
}

TEST_P(BlocsLayout, TheBlocListShowsWholeNames)
{
    auto *tree = blocs->findChild<QTreeView *>(QStringLiteral("blocsTree"));
    ASSERT_NE(tree, nullptr);
    ASSERT_TRUE(tree->isVisible());
    const QFontMetrics metrics = tree->fontMetrics();
    const QAbstractItemModel *model = tree->model();
    ASSERT_GT(model->rowCount(), 0);
    const QModelIndex bloc = model->index(0, Gui::BlocTreeModel::Name);
    ASSERT_GT(model->rowCount(bloc), 0);
    // Every member's name whole in the view: its column and the view wide enough for it.
    for (int row = 0; row < model->rowCount(bloc); ++row) {
        const QModelIndex member = model->index(row, Gui::BlocTreeModel::Name, bloc);
        const QString name = member.data().toString();
        const QRect cell = tree->visualRect(member);
        const int needed = metrics.horizontalAdvance(name);
        EXPECT_GE(cell.width(), needed) << name.toStdString();
        EXPECT_LE(cell.left() + needed, tree->viewport()->width()) << name.toStdString();
    }
}

TEST_P(BlocsLayout, NoControlsTextIsCutOnAnyPage)
{
    auto *pages = blocs->findChild<QTabWidget *>(QStringLiteral("blocsTabs"));
    ASSERT_NE(pages, nullptr);
    ASSERT_TRUE(blocs->showGroup(QStringLiteral("WEOG"))); // the groups page with a group's rows
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const QStringList cut = cutControls(blocs);
        EXPECT_TRUE(cut.isEmpty()) << pages->tabText(page).toStdString() << ": "
                                   << cut.join(QStringLiteral("; ")).toStdString();
    }
}

// With the docks closed the view has the window's width: the lists stand beside the map and the
// submissions beside the pages, the map keeping the most of it.
TEST_P(BlocsLayout, WithTheDocksClosedTheListsStandBesideTheMap)
{
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        dock->hide();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the splitters follow the view's new width
    auto *view = blocs->findChild<QSplitter *>(QStringLiteral("blocsSplitter"));
    auto *matrix = blocs->findChild<QSplitter *>(QStringLiteral("blocsMatrixSplitter"));
    auto *pages = blocs->findChild<QTabWidget *>(QStringLiteral("blocsTabs"));
    ASSERT_TRUE(view && matrix && pages);
    EXPECT_EQ(pages->indexOf(blocs->submissionsPane()), -1); // no longer a page
    ASSERT_EQ(view->count(), 2);
    EXPECT_EQ(view->widget(1), blocs->submissionsPane());
    EXPECT_EQ(view->orientation(), Qt::Horizontal);
    EXPECT_LE(view->sizes().at(1), view->width() / 3);
    EXPECT_EQ(matrix->orientation(), Qt::Horizontal);
    EXPECT_GE(shownMap(*blocs).width(), pages->width() / 2);
    const QStringList cut = cutControls(blocs);
    EXPECT_TRUE(cut.isEmpty()) << cut.join(QStringLiteral("; ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, BlocsLayout, ::testing::Values("en", "zh"));

} // namespace
