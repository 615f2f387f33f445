// The Votes dock and the side-by-side view at the window's default size (1280 × 800, the docks
// as they open), in English and in Chinese: the totals chart whole, every column of the vote
// table in sight, the names in the interface's language and order, and the column pickers
// showing whole names.
#include "samplecorpus.h"

#include "gui/compare/comparisoncolumn.h"
#include "gui/compare/comparisonview.h"
#include "gui/settings/translation.h"
#include "gui/votes/votepanel.h"
#include "gui/votes/votetablemodel.h"
#include "gui/votes/votetotalschart.h"
#include "gui/window/mainwindow.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 20'000;

class DefaultSize : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Gui::installTranslation(QString::fromLatin1(GetParam())));
        // Built after the switch, so in the language under test.
        window = std::make_unique<Gui::MainWindow>();
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy shown(window.get(), &Gui::MainWindow::corpusShown);
        window->openDatabase(SampleCorpus::bothDocumentsPath());
        ASSERT_TRUE(shown.wait(kTimeoutMs));
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return votes()->model()->rowCount() == 193; }, kTimeoutMs));
        QCoreApplication::processEvents();
    }
    // Other GUI tests read the English texts.
    void TearDown() override
    {
        window.reset();
        EXPECT_TRUE(Gui::installTranslation(QStringLiteral("en")));
    }
    bool chinese() const { return QLatin1String(GetParam()) == QLatin1String("zh"); }
    Gui::VotePanel *votes() const { return window->votePanel(); }
    // The visible rows' texts in a column of the vote table, top down.
    QStringList shown(int column, int rows) const
    {
        QStringList texts;
        const QAbstractItemModel *model = votes()->table()->model();
        for (int r = 0; r < rows; ++r)
            texts.append(model->index(r, column).data().toString());
        return texts;
    }

    std::unique_ptr<Gui::MainWindow> window;
};

TEST_P(DefaultSize, TheTotalsChartHoldsEveryBarAndLabelWhole)
{
    Gui::VoteTotalsChart *chart = votes()->chart();
    ASSERT_TRUE(chart->isVisible());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return chart->view()->height() > 0 &&
                   chart->view()->chart()->size().height() == chart->view()->height();
        },
        kTimeoutMs));
    QCoreApplication::processEvents();
    const QChart *qchart = chart->view()->chart();
    // The chart is no larger than the view showing it (a larger one was cut at the top), and
    // the bars are drawn inside it.
    EXPECT_LE(qchart->size().height(), chart->view()->height());
    EXPECT_LE(qchart->size().width(), chart->view()->width());
    const QRectF plot = chart->plotArea();
    EXPECT_TRUE(QRectF(QPointF(0, 0), qchart->size()).contains(plot))
        << plot.x() << "," << plot.y() << " " << plot.width() << "×" << plot.height();
    // The legend below the bars is whole: every position, on as many lines as it needs.
    auto *legend = chart->findChild<QLabel *>(QStringLiteral("voteTotalsLegend"));
    ASSERT_NE(legend, nullptr);
    EXPECT_GE(legend->height(), legend->heightForWidth(legend->width()));
    for (VotePosition position :
         {VotePosition::Yes, VotePosition::No, VotePosition::Abstain, VotePosition::NonVoting}) {
        EXPECT_TRUE(legend->text().contains(
            Gui::VoteTableModel::positionLabel(position).replace(u' ', QStringLiteral("&nbsp;"))));
    }
    // The chart stays inside the dock.
    const QRect inPanel(chart->mapTo(votes(), QPoint(0, 0)), chart->size());
    EXPECT_TRUE(votes()->rect().contains(inPanel));

    // Each bar is a line of numbers tall, and each part of it is wide enough for its number
    // (the sample's smallest is 13 of 193).
    const QFontMetrics metrics(chart->font());
    const QStringList categories = chart->categories();
    ASSERT_EQ(categories.size(), 3);
    EXPECT_GE(plot.height() / double(categories.size()) * 0.7, metrics.height());
    for (VotePosition position :
         {VotePosition::Yes, VotePosition::No, VotePosition::Abstain, VotePosition::NonVoting}) {
        for (int value : chart->values(position)) {
            EXPECT_GE(plot.width() * value / 193.0,
                      metrics.horizontalAdvance(QString::number(value)))
                << value;
        }
    }
}

TEST_P(DefaultSize, EveryColumnOfTheVoteTableIsInSight)
{
    QTableView *table = votes()->table();
    const QHeaderView *header = table->horizontalHeader();
    const int width = table->viewport()->width();
    ASSERT_GT(width, 0);
    int visible = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        ++visible;
        EXPECT_GE(header->sectionViewportPosition(c), 0) << c;
        EXPECT_LE(header->sectionViewportPosition(c) + header->sectionSize(c), width) << c;
        // Whole position labels ("Not voting", 未参加表决) and codes.
        if (c == Gui::VoteTableModel::EnglishName || c == Gui::VoteTableModel::ChineseName)
            continue;
        const QFontMetrics metrics(table->font());
        for (const QString &text : shown(c, table->model()->rowCount())) {
            EXPECT_LT(metrics.horizontalAdvance(text), header->sectionSize(c))
                << text.toStdString();
        }
    }
    EXPECT_EQ(visible, 3); // name, position, code
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0);

    // The name in the interface's language comes first; the other language is in its tooltip.
    const int names =
        chinese() ? Gui::VoteTableModel::ChineseName : Gui::VoteTableModel::EnglishName;
    EXPECT_EQ(header->logicalIndex(0), names);
    EXPECT_EQ(table->model()->headerData(names, Qt::Horizontal).toString(),
              chinese() ? QStringLiteral("国家") : QStringLiteral("State"));
    QString tip;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, names);
        if (index.data(Gui::VoteTableModel::EntityCodeRole).toString() == QLatin1String("AFG"))
            tip = index.data(Qt::ToolTipRole).toString();
    }
    EXPECT_TRUE(tip.contains(QStringLiteral("Afghanistan")) &&
                tip.contains(QStringLiteral("阿富汗")))
        << tip.toStdString();

    // The vote shown first, (a), has a footnote: Côte d'Ivoire meant to abstain. Its row is
    // marked, and the line under the totals says it.
    ASSERT_EQ(votes()->model()->vote().label, QStringLiteral("(a)"));
    EXPECT_TRUE(votes()->intendedText().contains(chinese() ? QStringLiteral("科特迪瓦")
                                                           : QStringLiteral("Côte d'Ivoire")))
        << votes()->intendedText().toStdString();
    EXPECT_TRUE(votes()->intendedText().contains(
        Gui::VoteTableModel::positionLabel(VotePosition::Abstain)));
}

TEST_P(DefaultSize, TheNamesAreInTheInterfacesLanguageAndOrder)
{
    if (chinese()) {
        // Pinyin: a-er-ba, a-er-ji, a-fu, a-gen, a-la-bo-lian (阿拉伯联合酋长国), a-la-bo-xu
        // (阿拉伯叙利亚共和国), a-man.
        EXPECT_EQ(shown(Gui::VoteTableModel::ChineseName, 7),
                  (QStringList{QStringLiteral("阿尔巴尼亚"), QStringLiteral("阿尔及利亚"),
                               QStringLiteral("阿富汗"), QStringLiteral("阿根廷"),
                               QStringLiteral("阿拉伯联合酋长国"),
                               QStringLiteral("阿拉伯叙利亚共和国"), QStringLiteral("阿曼")}));
    } else {
        // The UN's English order: Côte d'Ivoire between Costa Rica and Croatia.
        EXPECT_EQ(shown(Gui::VoteTableModel::EnglishName, 3),
                  (QStringList{QStringLiteral("Afghanistan"), QStringLiteral("Albania"),
                               QStringLiteral("Algeria")}));
        const QStringList all = shown(Gui::VoteTableModel::EnglishName, 193);
        const qsizetype ivory = all.indexOf(QStringLiteral("Côte d'Ivoire"));
        ASSERT_GE(ivory, 1);
        EXPECT_EQ(all.at(ivory - 1), QStringLiteral("Costa Rica"));
        EXPECT_EQ(all.at(ivory + 1), QStringLiteral("Croatia"));
    }
}

TEST_P(DefaultSize, SideBySidePickersShowWholeNames)
{
    Gui::ComparisonView *view = window->comparisonView();
    window->centralTabs()->setCurrentWidget(view);
    QCoreApplication::processEvents();
    // RP_LAYOUT_SHOTS=DIR saves what the test looks at, for a person to look at too.
    const QString shots = qEnvironmentVariable("RP_LAYOUT_SHOTS");
    if (!shots.isEmpty())
        window->grab().save(
            QStringLiteral("%1/side-by-side-empty-%2.png").arg(shots, QLatin1String(GetParam())));
    // The longest name of the sample: the United Kingdom's, beside the United States.
    window->compare({QStringLiteral("GBR"), QStringLiteral("USA")});
    QCoreApplication::processEvents();
    ASSERT_EQ(view->columnCount(), 2);
    const QString expected[] = {
        chinese() ? QStringLiteral("大不列颠及北爱尔兰联合王国")
                  : QStringLiteral("United Kingdom of Great Britain and Northern Ireland"),
        chinese() ? QStringLiteral("美利坚合众国") : QStringLiteral("United States of America")};
    for (int i = 0; i < view->columnCount(); ++i) {
        const Gui::ComparisonColumn *column = view->column(i);
        const QComboBox *chooser = column->chooser();
        EXPECT_EQ(column->chooserText(), expected[i]);
        QStyleOptionComboBox option;
        option.initFrom(chooser);
        option.subControls = QStyle::SC_All;
        const QRect field = chooser->style()
                                ->subControlRect(QStyle::CC_ComboBox, &option,
                                                 QStyle::SC_ComboBoxEditField, chooser)
                                .adjusted(2, 0, -2, 0);
        const QFontMetrics metrics(chooser->font());
        // Every word fits the box's width, and the lines they wrap to its height.
        for (const QString &word : column->chooserText().split(QLatin1Char(' ')))
            EXPECT_LE(metrics.horizontalAdvance(word), field.width()) << word.toStdString();
        const QRect needed = metrics.boundingRect(QRect(0, 0, field.width(), 1 << 16),
                                                  Qt::TextWordWrap, column->chooserText());
        EXPECT_LE(needed.height(), field.height())
            << i << ": " << needed.height() << " > " << field.height();
        // The box is inside its column, and the column inside the window.
        EXPECT_LE(chooser->width(), column->width());
        const QRect inWindow(column->mapTo(window.get(), QPoint(0, 0)), column->size());
        EXPECT_TRUE(window->rect().contains(inWindow));
    }
    if (!shots.isEmpty())
        window->grab().save(
            QStringLiteral("%1/side-by-side-%2.png").arg(shots, QLatin1String(GetParam())));
}

INSTANTIATE_TEST_SUITE_P(Languages, DefaultSize, ::testing::Values("en", "zh"));

} // namespace
