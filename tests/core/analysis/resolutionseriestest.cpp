// Resolution series among a state's plenary votes, on votes written by hand.
#include "analysis/resolutionseries.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Storage::RollCallPosition;

namespace {

Storage::StatePlenaryVote vote(const char *session, QDate date, const char *title,
                               RollCallPosition position, bool onPart = false)
{
    Storage::StatePlenaryVote v;
    v.session = QString::fromLatin1(session);
    v.date = date;
    v.resolution = QStringLiteral("A/RES/%1/%2").arg(v.session).arg(date.dayOfYear());
    v.title = QString::fromLatin1(title);
    v.position = position;
    v.onPart = onPart;
    return v;
}

} // namespace

TEST(SeriesKey, CaseSpacesAndClosingPunctuationAside)
{
    EXPECT_EQ(Analysis::seriesKey(QStringLiteral("Question of  Palestine.")),
              Analysis::seriesKey(QStringLiteral("QUESTION OF PALESTINE")));
    EXPECT_NE(Analysis::seriesKey(QStringLiteral("Question of Palestine")),
              Analysis::seriesKey(QStringLiteral("Question of Western Sahara")));
    EXPECT_EQ(Analysis::seriesKey(QStringLiteral(" … ")), QString());
}

// Cuba's embargo in three sessions (an amendment vote in one of them left out), Palestine in two
// sessions with two roll calls in one, and a title met in one session only: two series, in the
// order of their first votes, each titled as its latest roll call writes it.
TEST(ResolutionSeries, TitlesOfTwoSessionsOrMore)
{
    const QList<Storage::StatePlenaryVote> votes{
        vote("47", QDate(1992, 11, 24), "Question of Palestine", RollCallPosition::No),
        vote("47", QDate(1992, 11, 24), "Necessity of ending the embargo against Cuba",
             RollCallPosition::No),
        vote("47", QDate(1992, 12, 1), "Question of Palestine", RollCallPosition::No),
        vote("48", QDate(1993, 11, 3), "Necessity of ending the embargo against Cuba",
             RollCallPosition::Abstain, true),
        vote("48", QDate(1993, 11, 3), "NECESSITY OF ENDING THE EMBARGO AGAINST CUBA",
             RollCallPosition::No),
        vote("48", QDate(1993, 12, 10), "Question of Palestine.", RollCallPosition::Yes),
        vote("48", QDate(1993, 12, 12), "Status of Jerusalem", RollCallPosition::Yes),
        vote("49", QDate(1994, 10, 26), "Necessity of ending the embargo against Cuba ",
             RollCallPosition::NonVoting),
        vote("49", QDate(1994, 10, 27), "", RollCallPosition::Yes),
    };
    const QList<Analysis::ResolutionSeries> series = Analysis::resolutionSeries(votes);
    ASSERT_EQ(series.size(), 2);
    // Both begin on 1992-11-24: by title.
    EXPECT_EQ(series[0].title, QStringLiteral("Necessity of ending the embargo against Cuba"));
    EXPECT_EQ(series[0].sessions, 3);
    ASSERT_EQ(series[0].votes.size(), 3);
    EXPECT_EQ(series[0].votes[1].position, RollCallPosition::No); // not the amendment's abstention
    EXPECT_EQ(series[0].votes[2].position, RollCallPosition::NonVoting);
    EXPECT_EQ(series[1].title, QStringLiteral("Question of Palestine."));
    EXPECT_EQ(series[1].sessions, 2);
    EXPECT_EQ(series[1].votes.size(), 3);
}
