#include "rollcalls/voteimport.h"

#include "rollcalltestsupport.h"

#include "storage/database.h"
#include "storage/rollcallrepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::RollCalls;
using Storage::RollCallPosition;
using Testing::dumpRollCallTables;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(RAPPORTEUR_FIXTURES_DIR "/votes/") + QString::fromLatin1(name);
}

QByteArray fixtureBytes(const char *name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList codes(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *code : list)
        out.append(QString::fromLatin1(code));
    return out;
}

QStringList codesOf(const Storage::RollCall &rc, RollCallPosition position)
{
    QStringList codes;
    for (const auto &v : rc.votes) {
        if (v.position == position)
            codes.append(v.code);
    }
    return codes;
}

class VoteImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = Storage::Database::open(dir.filePath(QStringLiteral("votes.sqlite")));
        ASSERT_TRUE(opened) << opened.error().userMessage.toStdString();
        db = std::move(opened).value();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // The import fails with `message` and leaves the tables as they were.
    void expectRefused(const QString &path, const QString &message)
    {
        const QString before = dumpRollCallTables(*db);
        auto result = importVoteFiles(*db, {fixture("undl-2025.csv"), path});
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().userMessage, message);
        EXPECT_EQ(dumpRollCallTables(*db), before);
    }

    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> db;
};

TEST_F(VoteImport, ReadsTheUnDigitalLibraryFileExactly)
{
    auto result = importVoteFiles(*db, {fixture("undl-2026.csv")});
    ASSERT_TRUE(result) << result.error().userMessage.toStdString();
    EXPECT_EQ(result->rollCalls, 2);
    EXPECT_EQ(result->votes, 10);
    EXPECT_EQ(result->stored.rollCallsAdded, 2);
    EXPECT_EQ(result->stored.votesAdded, 10);

    auto es = Storage::RollCallRepository(*db).find(
        Storage::RollCallQuery::ofSession(QStringLiteral("ES-10")));
    ASSERT_TRUE(es);
    ASSERT_EQ(es->size(), 1);
    const auto &rc = es->front();
    EXPECT_EQ(rc.source, Storage::RollCallSource::Undl);
    EXPECT_EQ(rc.undlId, QStringLiteral("4070001"));
    EXPECT_EQ(rc.date, QDate(2024, 5, 10));
    EXPECT_EQ(rc.resolution, QStringLiteral("A/RES/ES-10/23"));
    EXPECT_EQ(rc.draft, QStringLiteral("A/ES-10/L.30/Rev.1"));
    EXPECT_TRUE(rc.committeeReport.isEmpty());
    EXPECT_EQ(rc.meeting, QStringLiteral("A/ES-10/PV.49"));
    EXPECT_EQ(rc.title, QStringLiteral("Admission of new Members to the United Nations, including "
                                       "the \"State of Palestine\""));
    EXPECT_EQ(rc.agendaTitle, QStringLiteral("Illegal Israeli actions in Occupied East Jerusalem\n"
                                             "and the rest of the Occupied Palestinian Territory"));
    EXPECT_EQ(rc.totalYes, 2);
    EXPECT_EQ(rc.totalNonVoting, 1);
    EXPECT_EQ(rc.totalMembers, 5);
    EXPECT_EQ(codesOf(rc, RollCallPosition::Yes), codes({"AUS", "CHN"}));
    EXPECT_EQ(codesOf(rc, RollCallPosition::No), codes({"USA"}));
    EXPECT_EQ(codesOf(rc, RollCallPosition::Abstain), codes({"TUR"}));
    EXPECT_EQ(codesOf(rc, RollCallPosition::NonVoting), codes({"NAM"}));
    for (const auto &v : rc.votes) {
        if (v.code != QStringLiteral("TUR"))
            continue;
        EXPECT_EQ(v.note, QStringLiteral("Subsequently advised the Secretariat it had "
                                         "intended to vote \"Yes\""));
    }
    // Türkiye under its new name on the second roll call is the same entity.
    auto plenary = Storage::RollCallRepository(*db).find(
        Storage::RollCallQuery::ofResolution(QStringLiteral("A/RES/79/80")));
    ASSERT_EQ(plenary->size(), 1);
    EXPECT_EQ(plenary->front().session, QStringLiteral("79"));
    EXPECT_EQ(plenary->front().committeeReport, QStringLiteral("A/79/416"));
    EXPECT_EQ(codesOf(plenary->front(), RollCallPosition::Abstain), codes({"TUR"}));
    EXPECT_EQ(codesOf(plenary->front(), RollCallPosition::No), codes({"AUS", "USA"}));
}

TEST_F(VoteImport, TheSameFileAgainChangesNothingAndGzipReadsTheSame)
{
    ASSERT_TRUE(importVoteFiles(*db, {fixture("undl-2026.csv")}));
    const QString before = dumpRollCallTables(*db);
    auto again = importVoteFiles(*db, {fixture("undl-2026.csv.gz")});
    ASSERT_TRUE(again) << again.error().userMessage.toStdString();
    EXPECT_EQ(again->stored.rollCallsUnchanged, 2);
    EXPECT_EQ(again->stored.votesUnchanged, 10);
    EXPECT_EQ(again->stored.rollCallsAdded + again->stored.rollCallsUpdated, 0);
    EXPECT_EQ(dumpRollCallTables(*db), before);
}

TEST_F(VoteImport, ANewerFileAddsAndCorrects)
{
    ASSERT_TRUE(importVoteFiles(*db, {fixture("undl-2026.csv")}));
    auto newer = importVoteFiles(*db, {fixture("undl-2026-corrected.csv")});
    ASSERT_TRUE(newer) << newer.error().userMessage.toStdString();
    EXPECT_EQ(newer->stored.rollCallsAdded, 1);
    EXPECT_EQ(newer->stored.rollCallsUpdated, 1);
    EXPECT_EQ(newer->stored.rollCallsUnchanged, 1);
    EXPECT_EQ(newer->stored.votesUpdated, 1);
    EXPECT_EQ(newer->stored.votesAdded, 5);
    auto corrected = Storage::RollCallRepository(*db).find(
        Storage::RollCallQuery::ofResolution(QStringLiteral("A/RES/79/80")));
    EXPECT_EQ(codesOf(corrected->front(), RollCallPosition::Abstain), codes({"CHN", "TUR"}));
}

TEST_F(VoteImport, ReadsTheFileWithoutVoteNote)
{
    auto result = importVoteFiles(*db, {fixture("undl-2025.csv")});
    ASSERT_TRUE(result) << result.error().userMessage.toStdString();
    EXPECT_EQ(result->rollCalls, 1);
    EXPECT_EQ(result->votes, 5);
}

TEST_F(VoteImport, RefusesAWrongHeader)
{
    ASSERT_TRUE(importVoteFiles(*db, {fixture("undl-2026.csv")}));
    QByteArray bytes = fixtureBytes("undl-2026.csv");
    bytes.replace("ms_vote", "vote");
    expectRefused(write(QStringLiteral("header.csv"), bytes),
                  QStringLiteral("header.csv line 1: the header is that of no vote file this "
                                 "program reads (the UN Digital Library's, or Voeten's un_votes, "
                                 "un_roll_calls, un_roll_call_issues)"));
}

TEST_F(VoteImport, RefusesAVoteLetterThatIsNotYNAOrX)
{
    ASSERT_TRUE(importVoteFiles(*db, {fixture("undl-2026.csv")}));
    QByteArray bytes = fixtureBytes("undl-2026.csv");
    bytes.replace("4070002,CHN,CHINA,Y,", "4070002,CHN,CHINA,Q,");
    expectRefused(write(QStringLiteral("letter.csv"), bytes),
                  QStringLiteral("letter.csv line 13: the vote Q is not Y, N, A or X"));
}

TEST_F(VoteImport, RefusesAShortRowABadDateAndAnUnknownState)
{
    ASSERT_TRUE(importVoteFiles(*db, {fixture("undl-2026.csv")}));
    QByteArray bytes = fixtureBytes("undl-2026.csv");
    const qsizetype usa = bytes.indexOf("4070002,USA");
    const qsizetype end = bytes.indexOf("\r\n", usa);
    QByteArray shortRow = bytes;
    shortRow.remove(bytes.lastIndexOf(',', end), end - bytes.lastIndexOf(',', end));
    expectRefused(write(QStringLiteral("short.csv"), shortRow),
                  QStringLiteral("short.csv line 14: 19 fields where the header has 20"));
    QByteArray date = bytes;
    date.replace("4070002,AUS,AUSTRALIA,N,2024-12-02", "4070002,AUS,AUSTRALIA,N,2024-13-02");
    expectRefused(
        write(QStringLiteral("date.csv"), date),
        QStringLiteral("date.csv line 12: the date 2024-13-02 is not a date (YYYY-MM-DD)"));
    QByteArray unknown = bytes;
    unknown.replace("4070002,NAM,NAMIBIA", "4070002,QQQ,ATLANTIS");
    expectRefused(write(QStringLiteral("unknown.csv"), unknown),
                  QStringLiteral("unknown.csv line 16: the state ATLANTIS (QQQ) is not in the "
                                 "entity table"));
}

TEST_F(VoteImport, RefusesATruncatedGzip)
{
    ASSERT_TRUE(importVoteFiles(*db, {fixture("undl-2026.csv")}));
    const QByteArray gz = fixtureBytes("undl-2026.csv.gz");
    expectRefused(write(QStringLiteral("cut.csv.gz"), gz.left(gz.size() - 20)),
                  QStringLiteral("cut.csv.gz is not a readable gzip file: it ends before its data "
                                 "does (truncated)"));
}

TEST_F(VoteImport, ReadsVoetensTablesInAnyOrderAndDerivesTheNonVoting)
{
    const QString votes =
        write(QStringLiteral("un_votes.csv"),
              "\"rcid\",\"country\",\"country_code\",\"vote\"\n"
              "3,\"United States\",\"US\",\"yes\"\n3,\"Namibia\",\"NA\",\"no\"\n"
              "3,\"Federal Republic of Germany\",NA,\"abstain\"\n3,\"Yugoslavia\",\"YU\",\"yes\"\n"
              "4,\"United States\",\"US\",\"no\"\n"
              "5,\"Yugoslavia\",\"YU\",\"yes\"\n");
    const QString rollCalls = write(
        QStringLiteral("un_roll_calls.csv.gz"),
        Testing::gzipped("\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\","
                         "\"para\",\"short\",\"descr\"\n"
                         "3,45,NA,1990-09-01,\"R/45/1\",1,0,\"A, B\",\"TO \\ADOPT\\\"\"\"\n"
                         "4,45,1,1990-09-02,NA,0,NA,\"\",\"\"\n"
                         "5,61,0,2010-09-02,\"A/RES/61/1\",0,0,\"\",\"\"\n"));
    const QString issues = write(QStringLiteral("un_roll_call_issues.csv"),
                                 "\"rcid\",\"short_name\",\"issue\"\n4,\"nu\",\"Nuclear weapons "
                                 "and nuclear material\"\n4,\"di\",\"Arms control and "
                                 "disarmament\"\n");
    auto result = importVoteFiles(*db, {issues, votes, rollCalls});
    ASSERT_TRUE(result) << result.error().userMessage.toStdString();
    EXPECT_EQ(result->rollCalls, 3);
    EXPECT_EQ(result->votes, 4 + 4 + 1);
    auto session = Storage::RollCallRepository(*db).find(
        Storage::RollCallQuery::ofSession(QStringLiteral("45")));
    ASSERT_EQ(session->size(), 2);
    const auto &first = (*session)[0];
    EXPECT_EQ(first.rcid, 3);
    EXPECT_EQ(first.important, std::nullopt);
    EXPECT_EQ(first.amend, std::optional<bool>(true));
    EXPECT_EQ(first.shortTitle, QStringLiteral("A, B"));
    EXPECT_EQ(first.description, QStringLiteral("TO \\ADOPT\\\""));
    EXPECT_EQ(codesOf(first, RollCallPosition::Yes), codes({"USA", "YUG"}));
    EXPECT_EQ(codesOf(first, RollCallPosition::No), codes({"NAM"}));
    EXPECT_EQ(codesOf(first, RollCallPosition::Abstain), codes({"DEU"}));
    const auto &second = (*session)[1];
    EXPECT_EQ(second.issues, codes({"di", "nu"}));
    EXPECT_TRUE(second.resolution.isEmpty());
    EXPECT_EQ(second.para, std::nullopt);
    EXPECT_EQ(codesOf(second, RollCallPosition::NonVoting), codes({"DEU", "NAM", "YUG"}));
    // After 2006 Voeten's YU is Serbia's seat.
    auto later = Storage::RollCallRepository(*db).find(
        Storage::RollCallQuery::ofSession(QStringLiteral("61")));
    EXPECT_EQ(codesOf(later->front(), RollCallPosition::Yes), codes({"SRB"}));
}

TEST_F(VoteImport, RefusesVoetensVotesWithoutTheirRollCalls)
{
    const QString votes =
        write(QStringLiteral("un_votes.csv"), "\"rcid\",\"country\",\"country_code\",\"vote\"\n"
                                              "3,\"United States\",\"US\",\"yes\"\n");
    auto result = importVoteFiles(*db, {votes});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().userMessage,
              QStringLiteral("un_votes.csv: Voeten's un_votes and un_roll_calls are read "
                             "together; give both in the same run"));
}

} // namespace

// Progress says each step before it is taken; Cancel, seen before a step, stops the run there
// with nothing stored.
namespace {
class RecordingProgress final : public ProgressSink
{
public:
    void progress(qint64 done, qint64 total, const QString &what) override
    {
        steps.append(QStringLiteral("%1/%2 %3").arg(done).arg(total).arg(what));
    }
    QStringList steps;
};
} // namespace

TEST_F(VoteImport, ReportsEachStepAndACancelledRunStoresNothing)
{
    RecordingProgress progress;
    const CancelToken going;
    ASSERT_TRUE(
        importVoteFiles(*db, {fixture("undl-2026.csv")}, kDefaultMaxInputBytes, progress, going));
    const QStringList expected{QStringLiteral("0/3 reading undl-2026.csv"),
                               QStringLiteral("1/3 resolving the states of the votes"),
                               QStringLiteral("2/3 storing 2 roll calls"),
                               QStringLiteral("3/3 stored")};
    EXPECT_EQ(progress.steps.join(u'|').toStdString(), expected.join(u'|').toStdString());

    const QString before = dumpRollCallTables(*db);
    CancelToken cancelled;
    cancelled.cancel();
    RecordingProgress none;
    auto result =
        importVoteFiles(*db, {fixture("undl-2021.csv")}, kDefaultMaxInputBytes, none, cancelled);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(none.steps.isEmpty());
    EXPECT_EQ(dumpRollCallTables(*db), before);
}
