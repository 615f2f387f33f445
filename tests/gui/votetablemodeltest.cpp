// The vote table over the real committee report A/79/416: every member state with its position,
// the counts of the report, colours, sorting in UN (English) order, in pinyin order and by
// position, and filtering by position.
#include "gui/votes/votetablemodel.h"
#include "gui/common/corpussession.h"
#include "gui/votes/votepanel.h"
#include "gui/votes/voteproxymodel.h"
#include "gui/votes/votetotalschart.h"
#include "samplecorpus.h"

#include "referencedata/entityregistry.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;

namespace {

Storage::VoteRecord voteLabelled(const QString &label)
{
    for (const auto &v : Rapporteur::Test::SampleCorpus::committeeVotes()) {
        if (v.label == label)
            return v;
    }
    ADD_FAILURE() << "no vote " << label.toStdString();
    return {};
}

int rowOf(const QAbstractItemModel &model, const QString &code)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(VoteTableModel::EntityCodeRole).toString() == code)
            return r;
    }
    return -1;
}

const QList<Entity> &entities()
{
    return ReferenceData::EntityRegistry::builtIn().entities();
}

} // namespace

TEST(VoteTableModel, VoteCShowsEveryMemberStateWithTheReportsCounts)
{
    VoteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setVote(voteLabelled(QStringLiteral("(c)")), entities());
    // The report states 102 in favour, 53 against and 25 abstaining; the 193 member states
    // not in any list did not vote.
    EXPECT_EQ(model.count(VotePosition::Yes), 102);
    EXPECT_EQ(model.count(VotePosition::No), 53);
    EXPECT_EQ(model.count(VotePosition::Abstain), 25);
    EXPECT_EQ(model.rowCount(), 193);
    EXPECT_EQ(model.count(VotePosition::NonVoting), 193 - 102 - 53 - 25);

    const int venezuela = rowOf(model, QStringLiteral("VEN"));
    ASSERT_GE(venezuela, 0);
    EXPECT_EQ(model.index(venezuela, VoteTableModel::Position).data().toString(),
              VoteTableModel::positionLabel(VotePosition::NonVoting));
    EXPECT_EQ(model.index(venezuela, VoteTableModel::EnglishName).data().toString(),
              QStringLiteral("Venezuela (Bolivarian Republic of)"));
    EXPECT_EQ(model.index(venezuela, VoteTableModel::Position).data(Qt::BackgroundRole),
              QVariant(VoteTableModel::positionColour(VotePosition::NonVoting)));

    const int netherlands = rowOf(model, QStringLiteral("NLD"));
    ASSERT_GE(netherlands, 0);
    EXPECT_EQ(model.index(netherlands, VoteTableModel::ChineseName).data().toString(),
              QStringLiteral("荷兰王国"));
    EXPECT_EQ(model.index(netherlands, VoteTableModel::Position).data().toString(),
              VoteTableModel::positionLabel(VotePosition::No));
}

TEST(VoteTableModel, ProxySortsInUnOrderInPinyinAndByPosition)
{
    VoteTableModel model;
    model.setVote(voteLabelled(QStringLiteral("(c)")), entities());
    VoteProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    proxy.sort(VoteTableModel::EnglishName);
    EXPECT_EQ(proxy.index(0, VoteTableModel::Code).data().toString(), QStringLiteral("AFG"));
    EXPECT_EQ(proxy.index(192, VoteTableModel::Code).data().toString(), QStringLiteral("ZWE"));

    // Pinyin order.
    proxy.sort(VoteTableModel::ChineseName);
    QStringList chinese;
    for (int r = 0; r < proxy.rowCount(); ++r)
        chinese.append(proxy.index(r, VoteTableModel::ChineseName).data().toString());
    const auto at = [&](const char *name) {
        const qsizetype i = chinese.indexOf(QString::fromUtf8(name));
        EXPECT_GE(i, 0) << name;
        return i;
    };
    // After 阿尔巴尼亚 and 阿尔及利亚 (a-er), before 阿根廷 (a-gen): a-fu sorts between them.
    EXPECT_EQ(at("阿富汗"), 2);
    EXPECT_LT(at("阿富汗"), at("阿根廷"));
    EXPECT_LT(at("巴西"), at("荷兰王国"));         // Ba- before He-
    EXPECT_LT(at("荷兰王国"), at("美利坚合众国")); // He- before Mei-
    EXPECT_LT(at("美利坚合众国"), at("中国"));     // Mei- before Zhong-

    // By position: in favour first, then against, abstaining, not voting; English order inside.
    proxy.sort(VoteTableModel::Position);
    EXPECT_EQ(proxy.index(0, VoteTableModel::Position).data(VoteTableModel::PositionRole).toInt(),
              static_cast<int>(VotePosition::Yes));
    EXPECT_EQ(proxy.index(102, VoteTableModel::Position).data(VoteTableModel::PositionRole).toInt(),
              static_cast<int>(VotePosition::No));
    EXPECT_EQ(proxy.index(192, VoteTableModel::Position).data(VoteTableModel::PositionRole).toInt(),
              static_cast<int>(VotePosition::NonVoting));
}

TEST(VoteTableModel, ProxyFiltersByPosition)
{
    VoteTableModel model;
    model.setVote(voteLabelled(QStringLiteral("(c)")), entities());
    VoteProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setPositions({VotePosition::No});
    EXPECT_EQ(proxy.rowCount(), 53);
    proxy.setPositions({VotePosition::Abstain, VotePosition::NonVoting});
    EXPECT_EQ(proxy.rowCount(), 25 + 13);
    proxy.setPositions({});
    EXPECT_EQ(proxy.rowCount(), 193);
}

TEST(VoteTableModel, IntendedPositionFromAFootnoteIsShown)
{
    VoteTableModel model;
    bool found = false;
    for (const auto &vote : Rapporteur::Test::SampleCorpus::committeeVotes()) {
        model.setVote(vote, entities());
        for (const auto &note : vote.notes) {
            const int row = rowOf(model, note.code);
            ASSERT_GE(row, 0) << note.code.toStdString();
            const QString shown = model.index(row, VoteTableModel::Intended).data().toString();
            EXPECT_TRUE(shown.contains(VoteTableModel::positionLabel(note.intended)))
                << shown.toStdString();
            // The recorded position carries the footnote's mark, in the column in sight.
            EXPECT_TRUE(model.index(row, VoteTableModel::Position)
                            .data()
                            .toString()
                            .endsWith(QStringLiteral("†")));
            EXPECT_TRUE(
                model.intendedPositions()
                    .join(QLatin1Char(' '))
                    .contains(model.index(row, VoteTableModel::EnglishName).data().toString()));
            found = true;
        }
    }
    EXPECT_TRUE(found) << "the report's footnotes on intended votes were not read";
}

TEST(VotePanel, ShowsTheChosenVoteWithItsTotalsAndFilters)
{
    CorpusSession session;
    VotePanel panel{session};
    panel.setVotes(Rapporteur::Test::SampleCorpus::committeeVotes(), entities());
    ASSERT_TRUE(panel.showVote(QStringLiteral("A/79/416"), QStringLiteral("(c)")));
    EXPECT_TRUE(panel.totalsText().contains(QStringLiteral("102 / 53 / 25")))
        << panel.totalsText().toStdString();
    EXPECT_EQ(panel.model()->rowCount(), 193);
    // The second combo box is the position filter; choose "Against".
    const auto combos = panel.findChildren<QComboBox *>();
    ASSERT_EQ(combos.size(), 2);
    combos[1]->setCurrentIndex(
        combos[1]->findText(VoteTableModel::positionLabel(VotePosition::No)));
    EXPECT_EQ(panel.proxy()->rowCount(), 53);
    EXPECT_FALSE(panel.showVote(QStringLiteral("A/79/416"), QStringLiteral("(z)")));
}

TEST(VotePanel, ChartsTheTotalsOfEveryVoteAndABarChoosesItsVote)
{
    CorpusSession session;
    VotePanel panel{session};
    panel.setVotes(Rapporteur::Test::SampleCorpus::committeeVotes(), entities());
    Gui::VoteTotalsChart *chart = panel.chart();
    EXPECT_EQ(chart->categories(),
              (QStringList{QStringLiteral("(a)"), QStringLiteral("(b)"), QStringLiteral("(c)")}));
    // Counted from the three lists of each vote in the report; each column adds up to the 193
    // member states.
    EXPECT_EQ(chart->values(VotePosition::Yes), (QList<int>{87, 94, 102}));
    EXPECT_EQ(chart->values(VotePosition::No), (QList<int>{53, 53, 53}));
    EXPECT_EQ(chart->values(VotePosition::Abstain), (QList<int>{22, 17, 25}));
    EXPECT_EQ(chart->values(VotePosition::NonVoting), (QList<int>{31, 29, 13}));

    emit chart->voteChosen(1);
    EXPECT_EQ(panel.model()->vote().label, QStringLiteral("(b)"));
    // The bars lie one above the other, the first vote on top: the chart's top bar is its last
    // category (Qt Charts counts from the bottom), and clicking it chooses (a).
    const auto series = chart->view()->chart()->series();
    ASSERT_EQ(series.size(), 1);
    QBarSet *inFavour = static_cast<QAbstractBarSeries *>(series.first())->barSets().first();
    emit inFavour->clicked(2);
    EXPECT_EQ(panel.model()->vote().label, QStringLiteral("(a)"));
    emit inFavour->clicked(0);
    EXPECT_EQ(panel.model()->vote().label, QStringLiteral("(c)"));

    panel.setVotes({}, entities());
    EXPECT_TRUE(chart->categories().isEmpty());
}
