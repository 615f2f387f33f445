// The Voting record tab over the hand-made UN Digital Library fixture (tests/fixtures/votes):
// session 79's one roll call has Australia and the United States against, Türkiye abstaining and
// China in favour, Namibia not voting. On the map the four lie on a line at 0, 0, 0.5 and 1
// (distance = 1 − agreement) centred on their mean, China farthest on the positive side.
#include "gui/blocs/recordblocsview.h"
#include "gui/blocs/agreementheatmap.h"
#include "gui/blocs/agreementmapchart.h"
#include "gui/common/corpussession.h"
#include "rollcalls/voteimport.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;

namespace {

class RecordBlocs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Storage::Database::open(path());
        ASSERT_TRUE(db) << db.error().userMessage.toStdString();
        auto imported = RollCalls::importVoteFiles(
            **db, {QStringLiteral(RAPPORTEUR_FIXTURES_DIR "/votes/undl-2026.csv")});
        ASSERT_TRUE(imported) << imported.error().userMessage.toStdString();
    }
    QString path() const { return dir.filePath(QStringLiteral("record.sqlite")); }
    void analyse(RecordBlocsView &view)
    {
        QSignalSpy done(&view, &RecordBlocsView::analysed);
        view.analyse();
        EXPECT_TRUE(view.isBusy()); // the work is off the GUI thread
        ASSERT_TRUE(done.wait(10'000));
        EXPECT_FALSE(view.isBusy());
    }
    QTemporaryDir dir;
};

TEST_F(RecordBlocs, TheMapAndTheHeatMapOfTheChosenSessions)
{
    CorpusSession session;
    RecordBlocsView view{session};
    session.open(path());
    view.firstSession()->setValue(70);
    view.lastSession()->setValue(80); // regular sessions: 79 alone, not ES-10
    analyse(view);
    EXPECT_EQ(view.analysis().rollCalls, 1);
    EXPECT_TRUE(view.summaryText().startsWith(QStringLiteral("1 roll call, 4 states;")))
        << view.summaryText().toStdString();

    const AgreementMapChart *map = view.mapChart();
    EXPECT_EQ(map->groupNames(), (QStringList{QStringLiteral("WEOG"), QStringLiteral("APG")}));
    const auto weog = map->pointsOf(QStringLiteral("WEOG"));
    ASSERT_EQ(weog.size(), 3);
    const QHash<QString, double> x{{QStringLiteral("AUS"), -0.375},
                                   {QStringLiteral("TUR"), 0.125},
                                   {QStringLiteral("USA"), -0.375}};
    for (const auto &[code, at] : weog) {
        EXPECT_NEAR(at.x(), x.value(code, 99), 1e-9) << code.toStdString();
        EXPECT_NEAR(at.y(), 0.0, 1e-9) << code.toStdString();
    }
    const auto apg = map->pointsOf(QStringLiteral("APG"));
    ASSERT_EQ(apg.size(), 1);
    EXPECT_EQ(apg[0].first, QStringLiteral("CHN"));
    EXPECT_NEAR(apg[0].second.x(), 0.625, 1e-9);

    // The heat map holds the same four states, Australia and the United States side by side in
    // the cluster order (they agree fully).
    const Blocs::AgreementMatrix &shown = view.heatMap()->matrix();
    ASSERT_EQ(shown.size(), 4);
    const qsizetype aus = shown.codes.indexOf(QStringLiteral("AUS"));
    const qsizetype usa = shown.codes.indexOf(QStringLiteral("USA"));
    EXPECT_EQ(std::abs(aus - usa), 1);
    EXPECT_EQ(shown.values[aus][usa], 1.0);

    // Each group's cohesion on the one roll call: WEOG's members voted no, no and abstain
    // (AUS, USA, TUR): AI = (2 − ½ · 1) / 3 = 0.5, with the majority 2/3; the Asia-Pacific
    // group's one voter (CHN) 1 and 1; the African group's only member in the file (NAM) did not
    // vote, so no roll call counts for it.
    const QTableWidget *cohesion = view.cohesionTable();
    QHash<QString, QStringList> rows;
    for (int r = 0; r < cohesion->rowCount(); ++r)
        rows.insert(cohesion->item(r, 0)->text(),
                    {cohesion->item(r, 1)->text(), cohesion->item(r, 2)->text(),
                     cohesion->item(r, 3)->text()});
    EXPECT_EQ(rows.value(QStringLiteral("WEOG")),
              (QStringList{QStringLiteral("1"), QStringLiteral("0.50"), QStringLiteral("0.67")}));
    EXPECT_EQ(rows.value(QStringLiteral("APG")),
              (QStringList{QStringLiteral("1"), QStringLiteral("1.00"), QStringLiteral("1.00")}));
    EXPECT_EQ(rows.value(QStringLiteral("AG")).value(0), QStringLiteral("0"));
    EXPECT_EQ(shown.options.nonVoting, Blocs::NonVotingRule::Exclude);

    // Non-voting counted reaches the computation (the values it gives are tested in
    // tests/core/blocs/rollcallmembershiptest.cpp); all four voted here, so nothing else moves.
    auto *nonVoting = view.findChild<QComboBox *>(QStringLiteral("recordNonVoting"));
    ASSERT_NE(nonVoting, nullptr);
    nonVoting->setCurrentIndex(nonVoting->findData(static_cast<int>(Blocs::NonVotingRule::Count)));
    analyse(view);
    EXPECT_EQ(view.heatMap()->matrix().options.nonVoting, Blocs::NonVotingRule::Count);
    EXPECT_EQ(view.heatMap()->matrix().values[aus][usa], 1.0);
}

TEST_F(RecordBlocs, WordsOfATitleAndARangeWithoutRollCalls)
{
    CorpusSession session;
    RecordBlocsView view{session};
    session.open(path());
    view.titleWords()->setText(QStringLiteral("ADMISSION of new members"));
    analyse(view);
    EXPECT_EQ(view.analysis().rollCalls, 0); // the ES-10 roll call is in no regular session
    EXPECT_TRUE(view.summaryText().startsWith(QStringLiteral("No roll call")));
    EXPECT_TRUE(view.mapChart()->groupNames().isEmpty());

    view.titleWords()->setText(QStringLiteral("peaceful uses"));
    analyse(view);
    EXPECT_EQ(view.analysis().rollCalls, 1);
    EXPECT_EQ(view.analysis().map.points.size(), 4);
}

} // namespace
