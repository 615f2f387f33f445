// A state's General Assembly record in its profile, over the two hand-made UN Digital Library
// fixtures (tests/fixtures/votes): Australia voted no on 76/234 (session 76, 2021), yes on
// ES-10/23 (2024-05-10) and no on 79/80 (session 79), the last being the 76/234 resolution's
// title again: a series of two sessions. France is in no row of either file.
#include "gui/votes/plenaryrecordview.h"
#include "gui/common/corpussession.h"
#include "gui/profile/profileloader.h"
#include "gui/profile/profileview.h"
#include "gui/votes/pairagreementchart.h"
#include "gui/votes/plenarysharechart.h"
#include "gui/votes/resolutionseriesmodel.h"
#include "rollcalls/voteimport.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(RAPPORTEUR_FIXTURES_DIR "/votes/") + QString::fromLatin1(name);
}

class PlenaryRecord : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Storage::Database::open(path());
        ASSERT_TRUE(db) << db.error().userMessage.toStdString();
        auto imported =
            RollCalls::importVoteFiles(**db, {fixture("undl-2021.csv"), fixture("undl-2026.csv")});
        ASSERT_TRUE(imported) << imported.error().userMessage.toStdString();
    }
    QString path() const { return dir.filePath(QStringLiteral("record.sqlite")); }
    Analysis::EntityProfile profileOf(const char *code) const
    {
        ProfileLoader loader;
        QSignalSpy loaded(&loader, &ProfileLoader::profileLoaded);
        loader.loadProfile(path(), QString::fromLatin1(code));
        EXPECT_TRUE(loaded.wait(10'000)) << code;
        return loaded.isEmpty() ? Analysis::EntityProfile{}
                                : loaded.first().at(0).value<Analysis::EntityProfile>();
    }
    QTemporaryDir dir;
};

TEST_F(PlenaryRecord, SharesBySessionAndTheSeriesOfAState)
{
    CorpusSession session;
    ProfileView view{session};
    QAbstractItemModelTester tester(view.plenaryRecord()->seriesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setProfile(profileOf("AUS"));
    ASSERT_EQ(view.tabs()->count(), 2);
    const PlenaryRecordView *record = view.plenaryRecord();
    // The UN's file codes no issue: no line by issue.
    EXPECT_EQ(record->summaryText(),
              QStringLiteral("3 roll calls from session 76 to 79: 33% yes, 67% no, 0% "
                             "abstaining, 0% not voting."));

    // Sessions 76 and 79 (ES-10 has no number on the axis): no in both, so the Yes area is flat
    // at 0 and every area above it reaches 100%.
    const PlenaryShareChart *chart = record->chart();
    EXPECT_EQ(chart->areaNames(),
              (QStringList{QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("Abstain"),
                           QStringLiteral("Non-voting")}));
    EXPECT_EQ(chart->upperEdge(QStringLiteral("Yes")),
              (QList<QPointF>{QPointF(76, 0), QPointF(79, 0)}));
    EXPECT_EQ(chart->upperEdge(QStringLiteral("No")),
              (QList<QPointF>{QPointF(76, 100), QPointF(79, 100)}));
    EXPECT_EQ(chart->upperEdge(QStringLiteral("Non-voting")),
              (QList<QPointF>{QPointF(76, 100), QPointF(79, 100)}));

    const QAbstractItemModel *series = record->seriesOrder();
    ASSERT_EQ(series->rowCount(), 1);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return series->index(0, column).data(role);
    };
    EXPECT_EQ(cell(0).toString(), QStringLiteral("Promoting international cooperation on peaceful "
                                                 "uses in the context of international security"));
    EXPECT_EQ(cell(1).toInt(), 2);
    EXPECT_EQ(cell(2).toString(), QStringLiteral("76–79"));
    EXPECT_EQ(cell(3).toString(), QStringLiteral("NN"));
    EXPECT_TRUE(cell(3, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("A/RES/79/80 (session 79, 2024-12-02): no")));
}

// Australia's agreement with the United States: 1 in session 76 (both against), 1 in 79; the
// ES-10 roll call (yes against no) has no number on the session axis.
TEST_F(PlenaryRecord, AgreementWithAChosenStateBySession)
{
    CorpusSession session;
    ProfileView view{session};
    session.open(path());
    view.setProfile(profileOf("AUS"));
    PlenaryRecordView *record = view.plenaryRecord();
    QSignalSpy shown(record, &PlenaryRecordView::agreementShown);
    record->showAgreementWith(QStringLiteral("USA"));
    ASSERT_TRUE(shown.wait(10'000));
    EXPECT_EQ(record->agreementChart()->points(),
              (QList<QPointF>{QPointF(76, 1.0), QPointF(79, 1.0)}));
    shown.clear();
    record->showAgreementWith(QStringLiteral("CHN")); // 0 in 76 (no against yes), 0 in 79
    ASSERT_TRUE(shown.wait(10'000));
    EXPECT_EQ(record->agreementChart()->points(),
              (QList<QPointF>{QPointF(76, 0.0), QPointF(79, 0.0)}));
}

// Tallies written by hand: two roll calls on nuclear weapons (one yes, one no) and one on human
// rights (abstaining), all in session 70.
TEST(PlenaryRecordIssues, OneLineOfSharesPerIssue)
{
    Analysis::EntityProfile profile;
    profile.entity.code = QStringLiteral("AUS");
    profile.plenary.bySession = {{QStringLiteral("70"), 1, 1, 1, 0}};
    profile.plenary.byIssue = {{QStringLiteral("hr"), 0, 0, 1, 0},
                               {QStringLiteral("nu"), 1, 1, 0, 0}};
    CorpusSession session;
    PlenaryRecordView record{session};
    record.setProfile(profile);
    EXPECT_EQ(record.summaryText(),
              QStringLiteral("3 roll calls from session 70 to 70: 33% yes, 33% no, 33% "
                             "abstaining, 0% not voting.\nBy issue — hr: 1 roll call, 0% yes, "
                             "0% no, 100% abstaining; nu: 2 roll calls, 50% yes, 50% no, 0% "
                             "abstaining."));
}

TEST_F(PlenaryRecord, AStateInNoRollCallSaysSo)
{
    CorpusSession session;
    ProfileView view{session};
    view.setProfile(profileOf("FRA"));
    EXPECT_TRUE(view.plenaryRecord()->summaryText().startsWith(
        QStringLiteral("No recorded plenary vote of this state")));
    EXPECT_TRUE(view.plenaryRecord()->chart()->areaNames().isEmpty());
    EXPECT_EQ(view.plenaryRecord()->seriesOrder()->rowCount(), 0);
}

} // namespace
