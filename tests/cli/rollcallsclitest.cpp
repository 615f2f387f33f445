#include "clisamples.h"
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Rapporteur::Test {
namespace {

QString fixture(const char *name)
{
    return QStringLiteral(RAPPORTEUR_FIXTURES_DIR "/votes/") + QString::fromLatin1(name);
}

QStringList codes(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out.append(v.toObject().value(QStringLiteral("code")).toString());
    return out;
}

class ImportVotesCli : public ::testing::Test
{
protected:
    QString db() const { return dir.filePath(QStringLiteral("votes.sqlite")); }
    QJsonDocument json(const QStringList &args) const
    {
        const CliResult r = runCli(db(), args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out);
    }
    QTemporaryDir dir;
};

TEST_F(ImportVotesCli, ImportsOnceAndReportsTheSameFileUnchanged)
{
    const QJsonObject first =
        json({QStringLiteral("import-votes"), QStringLiteral("--json"), fixture("undl-2026.csv")})
            .object();
    EXPECT_EQ(first[QStringLiteral("roll_calls")][QStringLiteral("added")].toInt(), 2);
    EXPECT_EQ(first[QStringLiteral("votes")][QStringLiteral("added")].toInt(), 10);
    const QJsonObject again = json({QStringLiteral("import-votes"), QStringLiteral("--json"),
                                    fixture("undl-2026.csv.gz")})
                                  .object();
    EXPECT_EQ(again[QStringLiteral("roll_calls")][QStringLiteral("unchanged")].toInt(), 2);
    EXPECT_EQ(again[QStringLiteral("votes")][QStringLiteral("unchanged")].toInt(), 10);
    EXPECT_EQ(again[QStringLiteral("votes")][QStringLiteral("added")].toInt(), 0);
}

TEST_F(ImportVotesCli, VotesBySessionAndResolutionAsJson)
{
    json({QStringLiteral("import-votes"), fixture("undl-2026.csv")});
    const QJsonArray es = json({QStringLiteral("votes"), QStringLiteral("--session"),
                                QStringLiteral("ES-10"), QStringLiteral("--json")})
                              .array();
    ASSERT_EQ(es.size(), 1);
    const QJsonObject rc = es[0].toObject();
    EXPECT_EQ(rc[QStringLiteral("session")].toString(), QStringLiteral("ES-10"));
    EXPECT_EQ(rc[QStringLiteral("date")].toString(), QStringLiteral("2024-05-10"));
    EXPECT_EQ(rc[QStringLiteral("resolution")].toString(), QStringLiteral("A/RES/ES-10/23"));
    EXPECT_TRUE(rc[QStringLiteral("issues")].isArray());
    EXPECT_GT(rc[QStringLiteral("id")].toInt(), 0);
    EXPECT_EQ(codes(rc[QStringLiteral("yes")]),
              (QStringList{QStringLiteral("AUS"), QStringLiteral("CHN")}));
    EXPECT_EQ(codes(rc[QStringLiteral("no")]), QStringList{QStringLiteral("USA")});
    EXPECT_EQ(codes(rc[QStringLiteral("abstain")]), QStringList{QStringLiteral("TUR")});
    EXPECT_EQ(codes(rc[QStringLiteral("non_voting")]), QStringList{QStringLiteral("NAM")});

    const QJsonArray byResolution = json({QStringLiteral("votes"), QStringLiteral("--resolution"),
                                          QStringLiteral("A/RES/79/80"), QStringLiteral("--json")})
                                        .array();
    ASSERT_EQ(byResolution.size(), 1);
    EXPECT_EQ(byResolution[0][QStringLiteral("committee_report")].toString(),
              QStringLiteral("A/79/416"));
    const CliResult unknown = runCli(db(), {QStringLiteral("votes"), QStringLiteral("--resolution"),
                                            QStringLiteral("A/RES/1/1")});
    EXPECT_EQ(unknown.exitCode, 2);
}

TEST_F(ImportVotesCli, VotesOfASessionAsTidyCsv)
{
    json({QStringLiteral("import-votes"), fixture("undl-2026.csv")});
    const CliResult r = runCli(db(), {QStringLiteral("votes"), QStringLiteral("--session"),
                                      QStringLiteral("79"), QStringLiteral("--csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out,
              QByteArray("rcid,undl_id,session,date,resolution,iso3,iso2,position,vote_code\r\n"
                         ",4070002,79,2024-12-02,A/RES/79/80,AUS,AU,no,3\r\n"
                         ",4070002,79,2024-12-02,A/RES/79/80,CHN,CN,yes,1\r\n"
                         ",4070002,79,2024-12-02,A/RES/79/80,NAM,NA,non_voting,8\r\n"
                         ",4070002,79,2024-12-02,A/RES/79/80,TUR,TR,abstain,2\r\n"
                         ",4070002,79,2024-12-02,A/RES/79/80,USA,US,no,3\r\n"));
}

TEST_F(ImportVotesCli, ABadFileIsRefusedWithItsLineAndNothingStored)
{
    QFile good(fixture("undl-2026.csv"));
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    QByteArray bytes = good.readAll();
    bytes.replace("4070002,USA,UNITED STATES,N,", "4070002,USA,UNITED STATES,Q,");
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile out(bad);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const CliResult r =
        runCli(db(), {QStringLiteral("import-votes"), fixture("undl-2025.csv"), bad});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, QStringLiteral("error: bad.csv line 14: the vote Q is not Y, N, A or X\n"));
    const QJsonArray none = json({QStringLiteral("votes"), QStringLiteral("--session"),
                                  QStringLiteral("79"), QStringLiteral("--json")})
                                .array();
    EXPECT_TRUE(none.isEmpty());
}

// Agreement over plenary roll calls, values by hand from the fixture: in session 79 Australia and
// the United States both vote no (1), Australia no and China yes (0), Türkiye abstains against
// each (0.5); Namibia casts no vote in any roll call and is left out. The emergency special
// session has Australia and China together (yes) and is in no range of regular sessions.
TEST_F(ImportVotesCli, AgreementOverTheRollCallsOfASessionOrARange)
{
    json({QStringLiteral("import-votes"), fixture("undl-2026.csv")});
    const auto agreement = [&](const QStringList &selection) {
        return json(QStringList{QStringLiteral("agreement"), QStringLiteral("--json")} + selection)
            .object();
    };
    const QJsonObject session79 = agreement({QStringLiteral("--session"), QStringLiteral("79")});
    const QStringList states = {QStringLiteral("AUS"), QStringLiteral("CHN"), QStringLiteral("TUR"),
                                QStringLiteral("USA")};
    QStringList listed;
    for (const QJsonValue &c : session79[QStringLiteral("codes")].toArray())
        listed.append(c.toString());
    EXPECT_EQ(listed, states);
    const QJsonArray m = session79[QStringLiteral("matrix")].toArray();
    EXPECT_EQ(m[0][3].toDouble(), 1.0); // AUS–USA
    EXPECT_EQ(m[0][1].toDouble(), 0.0); // AUS–CHN
    EXPECT_EQ(m[0][2].toDouble(), 0.5); // AUS–TUR
    EXPECT_EQ(m[1][3].toDouble(), 0.0); // CHN–USA
    EXPECT_EQ(session79[QStringLiteral("compared")][0][3].toInt(), 1);
    EXPECT_EQ(session79[QStringLiteral("absent_throughout")].toArray(),
              QJsonArray{QStringLiteral("NAM")});

    const QJsonObject emergency = agreement({QStringLiteral("--session"), QStringLiteral("ES-10")});
    EXPECT_EQ(emergency[QStringLiteral("matrix")][0][1].toDouble(), 1.0); // AUS–CHN
    EXPECT_EQ(emergency[QStringLiteral("matrix")][0][3].toDouble(), 0.0); // AUS–USA
    // A range holds regular sessions only: 79 alone here.
    EXPECT_EQ(agreement({QStringLiteral("--sessions"),
                         QStringLiteral("70-80")})[QStringLiteral("matrix")],
              session79[QStringLiteral("matrix")]);

    // Words of a title choose the roll calls as well: the fixture's session 79 holds one roll
    // call, on "Promoting international cooperation on peaceful uses …", ES-10 the other.
    EXPECT_EQ(agreement({QStringLiteral("--title"),
                         QStringLiteral("PEACEFUL USES")})[QStringLiteral("matrix")],
              session79[QStringLiteral("matrix")]);
    EXPECT_EQ(agreement({QStringLiteral("--title"),
                         QStringLiteral("admission")})[QStringLiteral("matrix")],
              emergency[QStringLiteral("matrix")]);
    const CliResult clusters =
        runCli(db(), {QStringLiteral("clusters"), QStringLiteral("--k"), QStringLiteral("2"),
                      QStringLiteral("--title"), QStringLiteral("peaceful")});
    EXPECT_EQ(clusters.exitCode, 0);
    EXPECT_EQ(clusters.err, QString());
    EXPECT_TRUE(clusters.out.startsWith("2 bloc(s) of 4 states, 1 vote(s)")) << clusters.out.data();

    const auto refused = [&](const QStringList &args) {
        return runCli(db(), QStringList{QStringLiteral("agreement")} + args).exitCode;
    };
    EXPECT_EQ(refused({QStringLiteral("--title"), QStringLiteral(" ")}), 1);
    EXPECT_EQ(refused({QStringLiteral("--sessions"), QStringLiteral("80-70")}), 1);
    EXPECT_EQ(refused({QStringLiteral("--session"), QStringLiteral("79"),
                       QStringLiteral("--sessions"), QStringLiteral("70-80")}),
              1);
    // Non-voting counted over roll calls: all four voted on session 79's one roll call, so
    // counting the non-voting changes nothing there.
    EXPECT_EQ(agreement({QStringLiteral("--session"), QStringLiteral("79"),
                         QStringLiteral("--non-voting"),
                         QStringLiteral("count")})[QStringLiteral("matrix")],
              session79[QStringLiteral("matrix")]);
}

// The map of session 79's one roll call, worked out by hand: AUS and USA voted no, TUR abstained,
// CHN voted yes, so the four lie on a line at 0, 0, 0.5 and 1 (distance = 1 − agreement), centred
// on their mean 0.375, CHN (the farthest) on the positive side; NAM, which did not vote, is off
// the map.
TEST_F(ImportVotesCli, AMapOfTheStatesFromTheirAgreement)
{
    json({QStringLiteral("import-votes"), fixture("undl-2026.csv")});
    const QJsonObject map = json({QStringLiteral("map"), QStringLiteral("--session"),
                                  QStringLiteral("79"), QStringLiteral("--json")})
                                .object();
    EXPECT_EQ(map[QStringLiteral("votes")].toInt(), 1);
    const QJsonArray points = map[QStringLiteral("points")].toArray();
    ASSERT_EQ(points.size(), 4);
    const QHash<QString, std::pair<double, QString>> expected{
        {QStringLiteral("AUS"), {-0.375, QStringLiteral("WEOG")}},
        {QStringLiteral("CHN"), {0.625, QStringLiteral("APG")}},
        {QStringLiteral("TUR"), {0.125, QStringLiteral("WEOG")}},
        {QStringLiteral("USA"), {-0.375, QStringLiteral("WEOG")}}};
    for (const QJsonValue &value : points) {
        const QJsonObject p = value.toObject();
        const QString code = p[QStringLiteral("code")].toString();
        ASSERT_TRUE(expected.contains(code)) << code.toStdString();
        EXPECT_NEAR(p[QStringLiteral("x")].toDouble(), expected[code].first, 1e-9)
            << code.toStdString();
        EXPECT_NEAR(p[QStringLiteral("y")].toDouble(), 0.0, 1e-9) << code.toStdString();
        EXPECT_EQ(p[QStringLiteral("group")].toString(), expected[code].second);
    }
    EXPECT_NEAR(map[QStringLiteral("explained")][0].toDouble(), 1.0, 1e-9);
    EXPECT_EQ(map[QStringLiteral("left_out")].toArray(), QJsonArray());

    // One map per session: the range 70-80 holds session 79 alone; CSV gives the same points.
    const QJsonArray bySession =
        json({QStringLiteral("map"), QStringLiteral("--sessions"), QStringLiteral("70-80"),
              QStringLiteral("--by-session"), QStringLiteral("--json")})
            .array();
    ASSERT_EQ(bySession.size(), 1);
    EXPECT_EQ(bySession[0][QStringLiteral("session")].toString(), QStringLiteral("79"));
    EXPECT_EQ(bySession[0][QStringLiteral("points")], map[QStringLiteral("points")]);
    const CliResult csv =
        runCli(db(), {QStringLiteral("map"), QStringLiteral("--session"), QStringLiteral("79")});
    EXPECT_EQ(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    EXPECT_EQ(lines[0], "session,code,group,x,y\r");
    EXPECT_TRUE(lines[2].startsWith(",CHN,APG,0.625,")) << lines[2].data(); // y: 0 or a rounding
}

// One draft's way through the Assembly: the sample report A/79/416 records the First
// Committee's three votes on A/C.1/79/L.53/Rev.1, and the fixture's plenary roll call 4070002
// adopts that draft as A/RES/79/80 (its draft and committee_report columns say so).
TEST_F(ImportVotesCli, ACommitteeVoteAndThePlenaryVoteOnItsDraftAreOneChain)
{
    ASSERT_EQ(
        runCli(db(),
               {QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/79/416"),
                corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt"))})
            .exitCode,
        0);
    json({QStringLiteral("import-votes"), fixture("undl-2026.csv")});

    const QJsonArray committee = json({QStringLiteral("votes"), QStringLiteral("--document"),
                                       QStringLiteral("A/79/416"), QStringLiteral("--json")})
                                     .array();
    ASSERT_EQ(committee.size(), 3);
    for (const QJsonValue &vote : committee) {
        const QJsonArray plenary = vote[QStringLiteral("plenary")].toArray();
        ASSERT_EQ(plenary.size(), 1) << vote[QStringLiteral("label")].toString().toStdString();
        EXPECT_EQ(plenary[0][QStringLiteral("resolution")].toString(),
                  QStringLiteral("A/RES/79/80"));
        EXPECT_EQ(plenary[0][QStringLiteral("undl_id")].toString(), QStringLiteral("4070002"));
        EXPECT_EQ(plenary[0][QStringLiteral("committee_report")].toString(),
                  QStringLiteral("A/79/416"));
    }

    const QJsonArray resolution = json({QStringLiteral("votes"), QStringLiteral("--resolution"),
                                        QStringLiteral("A/RES/79/80"), QStringLiteral("--json")})
                                      .array();
    ASSERT_EQ(resolution.size(), 1);
    QStringList labels;
    for (const QJsonValue &vote : resolution[0][QStringLiteral("committee_votes")].toArray()) {
        EXPECT_EQ(vote[QStringLiteral("document")].toString(), QStringLiteral("A/79/416"));
        labels.append(vote[QStringLiteral("label")].toString());
    }
    EXPECT_EQ(labels.join(u' '), QStringLiteral("(a) (b) (c)"));
    // The emergency special session's roll call was on a draft no report in the corpus records.
    const QJsonArray emergency = json({QStringLiteral("votes"), QStringLiteral("--session"),
                                       QStringLiteral("ES-10"), QStringLiteral("--json")})
                                     .array();
    ASSERT_EQ(emergency.size(), 1);
    EXPECT_TRUE(emergency[0][QStringLiteral("committee_votes")].toArray().isEmpty());
}

// A state's profile counts its plenary positions by session, in the order the sessions met:
// from the fixture, the United States votes no in both roll calls, Namibia casts no vote.
TEST_F(ImportVotesCli, AProfileCountsThePlenaryPositionsBySession)
{
    json({QStringLiteral("import-votes"), fixture("undl-2026.csv")});
    const auto sessions = [&](const char *state) {
        QStringList out;
        const QJsonArray tallies =
            json({QStringLiteral("profile"), QString::fromLatin1(state),
                  QStringLiteral("--json")})[QStringLiteral("plenary")][QStringLiteral("sessions")]
                .toArray();
        for (const QJsonValue &t : tallies)
            out.append(QStringLiteral("%1:%2/%3/%4/%5")
                           .arg(t[QStringLiteral("session")].toString())
                           .arg(t[QStringLiteral("yes")].toInt())
                           .arg(t[QStringLiteral("no")].toInt())
                           .arg(t[QStringLiteral("abstain")].toInt())
                           .arg(t[QStringLiteral("non_voting")].toInt()));
        return out.join(u' ');
    };
    EXPECT_EQ(sessions("USA"), QStringLiteral("ES-10:0/1/0/0 79:0/1/0/0"));
    EXPECT_EQ(sessions("AUS"), QStringLiteral("ES-10:1/0/0/0 79:0/1/0/0"));
    EXPECT_EQ(sessions("Namibia"), QStringLiteral("ES-10:0/0/0/1 79:0/0/0/1"));
    EXPECT_EQ(sessions("FRA"), QString()); // in no row of the file
}

// The history in a profile, from the two fixtures by hand: Australia's `votes` end with its
// three plenary positions by date (76/234 no, ES-10/23 yes, 79/80 no); the resolution promoting
// "international cooperation on peaceful uses" came back in sessions 76 and 79, one series; its
// agreement with the United States is 1 in 76 (both no), 0 in ES-10 (yes against no) and 1 in 79.
TEST_F(ImportVotesCli, AProfileHoldsTheHistorySeriesAndAgreementOverTime)
{
    json({QStringLiteral("import-votes"), fixture("undl-2021.csv"), fixture("undl-2026.csv")});
    const QJsonObject profile =
        json({QStringLiteral("profile"), QStringLiteral("AUS"), QStringLiteral("--with"),
              QStringLiteral("United States,Namibia"), QStringLiteral("--json")})
            .object();
    QStringList history;
    for (const QJsonValue &v : profile[QStringLiteral("votes")].toArray()) {
        if (v[QStringLiteral("source")].toString() == QLatin1String("plenary"))
            history.append(v[QStringLiteral("document")].toString() + QLatin1Char(' ') +
                           v[QStringLiteral("session")].toString() + QLatin1Char(' ') +
                           v[QStringLiteral("position")].toString());
    }
    EXPECT_EQ(history, (QStringList{QStringLiteral("A/RES/76/234 76 no"),
                                    QStringLiteral("A/RES/ES-10/23 ES-10 yes"),
                                    QStringLiteral("A/RES/79/80 79 no")}));

    const QJsonArray series = profile[QStringLiteral("series")].toArray();
    ASSERT_EQ(series.size(), 1);
    EXPECT_EQ(series[0][QStringLiteral("title")].toString(),
              QStringLiteral("Promoting international cooperation on peaceful uses in the context "
                             "of international security"));
    EXPECT_EQ(series[0][QStringLiteral("sessions")].toInt(), 2);
    QStringList seriesVotes;
    for (const QJsonValue &v : series[0][QStringLiteral("votes")].toArray())
        seriesVotes.append(v[QStringLiteral("resolution")].toString() + QLatin1Char(' ') +
                           v[QStringLiteral("position")].toString());
    EXPECT_EQ(seriesVotes,
              (QStringList{QStringLiteral("A/RES/76/234 no"), QStringLiteral("A/RES/79/80 no")}));

    const QJsonArray overTime = profile[QStringLiteral("agreement_over_time")].toArray();
    ASSERT_EQ(overTime.size(), 2);
    EXPECT_EQ(overTime[0][QStringLiteral("state")][QStringLiteral("code")].toString(),
              QStringLiteral("USA"));
    QStringList line;
    for (const QJsonValue &s : overTime[0][QStringLiteral("sessions")].toArray())
        line.append(QStringLiteral("%1 %2/%3")
                        .arg(s[QStringLiteral("session")].toString())
                        .arg(s[QStringLiteral("agreement")].toDouble())
                        .arg(s[QStringLiteral("compared")].toInt()));
    EXPECT_EQ(line, (QStringList{QStringLiteral("76 1/1"), QStringLiteral("ES-10 0/1"),
                                 QStringLiteral("79 1/1")}));
    // Namibia cast no vote: nothing to compare in any session.
    EXPECT_TRUE(overTime[1][QStringLiteral("sessions")].toArray().isEmpty());

    const CliResult unknown = runCli(db(), {QStringLiteral("profile"), QStringLiteral("AUS"),
                                            QStringLiteral("--with"), QStringLiteral("Atlantis")});
    EXPECT_EQ(unknown.exitCode, 2); // not found, as for an unknown ENTITY
    EXPECT_EQ(unknown.err,
              QStringLiteral("error: no state or organisation is called \"Atlantis\"\n"));
}

// A submission that cites a resolution shows how its state voted on it: in the sample A/77/96,
// Australia's and China's replies cite resolution 76/234, on which our hand-made roll call has
// Australia against and China in favour; Belgium's cites it too and is in none of its lists.
TEST_F(ImportVotesCli, ASubmissionShowsItsStatesVoteOnTheResolutionsItCites)
{
    ASSERT_EQ(runCli(db(), {QStringLiteral("import"), corpusPath(QStringLiteral("A-77-96.zh.txt"))})
                  .exitCode,
              0);
    json({QStringLiteral("import-votes"), fixture("undl-2021.csv")});
    QHash<QString, QString> idOf;
    for (const QJsonValue &s :
         json({QStringLiteral("submissions"), QStringLiteral("--json")}).array())
        idOf.insert(s[QStringLiteral("entity")][QStringLiteral("code")].toString(),
                    QString::number(s[QStringLiteral("id")].toInteger()));
    const auto cited = [&](const char *state) {
        QStringList out;
        const QJsonArray votes =
            json({QStringLiteral("show"), idOf.value(QString::fromLatin1(state)),
                  QStringLiteral("--json")})[QStringLiteral("cited_votes")]
                .toArray();
        for (const QJsonValue &v : votes) {
            EXPECT_EQ(v[QStringLiteral("session")].toString(), QStringLiteral("76"));
            EXPECT_EQ(v[QStringLiteral("date")].toString(), QStringLiteral("2021-12-06"));
            out.append(v[QStringLiteral("resolution")].toString() + QLatin1Char('=') +
                       (v[QStringLiteral("position")].isNull()
                            ? QStringLiteral("null")
                            : v[QStringLiteral("position")].toString()));
        }
        return out.join(u' ');
    };
    EXPECT_EQ(cited("AUS"), QStringLiteral("A/RES/76/234=no"));
    EXPECT_EQ(cited("CHN"), QStringLiteral("A/RES/76/234=yes"));
    EXPECT_EQ(cited("BEL"), QStringLiteral("A/RES/76/234=null"));
}

// Agreement in long form, session by session, values by hand from the two fixtures: in session 76
// Australia and the United States vote no, Belarus and China yes, Japan abstains; session 79 as
// above. The emergency special session is in no range of regular sessions.
TEST_F(ImportVotesCli, AgreementInLongFormSessionBySession)
{
    json({QStringLiteral("import-votes"), fixture("undl-2021.csv"), fixture("undl-2026.csv")});
    const CliResult r = runCli(db(), {QStringLiteral("agreement"), QStringLiteral("--sessions"),
                                      QStringLiteral("70-80"), QStringLiteral("--long")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("state_a,state_b,session,agreement,compared\r\n"
                                "AUS,BLR,76,0,1\r\n"
                                "AUS,CHN,76,0,1\r\n"
                                "AUS,JPN,76,0.5,1\r\n"
                                "AUS,USA,76,1,1\r\n"
                                "BLR,CHN,76,1,1\r\n"
                                "BLR,JPN,76,0.5,1\r\n"
                                "BLR,USA,76,0,1\r\n"
                                "CHN,JPN,76,0.5,1\r\n"
                                "CHN,USA,76,0,1\r\n"
                                "JPN,USA,76,0.5,1\r\n"
                                "AUS,CHN,79,0,1\r\n"
                                "AUS,TUR,79,0.5,1\r\n"
                                "AUS,USA,79,1,1\r\n"
                                "CHN,TUR,79,0.5,1\r\n"
                                "CHN,USA,79,0,1\r\n"
                                "TUR,USA,79,0.5,1\r\n"));
    const QJsonArray rows =
        json({QStringLiteral("agreement"), QStringLiteral("--session"), QStringLiteral("ES-10"),
              QStringLiteral("--long"), QStringLiteral("--json")})
            .array();
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows[0][QStringLiteral("state_a")].toString(), QStringLiteral("AUS"));
    EXPECT_EQ(rows[0][QStringLiteral("state_b")].toString(), QStringLiteral("CHN"));
    EXPECT_EQ(rows[0][QStringLiteral("session")].toString(), QStringLiteral("ES-10"));
    EXPECT_EQ(rows[0][QStringLiteral("agreement")].toDouble(), 1.0);
    EXPECT_EQ(rows[0][QStringLiteral("compared")].toInt(), 1);
}

} // namespace
} // namespace Rapporteur::Test
