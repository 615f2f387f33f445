#include "storagetestsupport.h"

#include "storage/rollcallrepository.h"
#include "storage/database.h"
#include "storage/rollcallpositions.h"
#include "storage/statement.h"

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;

namespace {

QList<Entity> entities()
{
    QList<Entity> list;
    for (const char *code : {"AUS", "CHN", "NAM", "YUG"}) {
        Entity e;
        e.code = QString::fromLatin1(code);
        e.nameEn = e.code;
        list.append(e);
    }
    return list;
}

RollCall rollCall(qint64 rcid, const char *session)
{
    RollCall rc;
    rc.source = RollCallSource::Voeten;
    rc.rcid = rcid;
    rc.session = QString::fromLatin1(session);
    rc.date = QDate(1980, 11, 3);
    rc.resolution = QStringLiteral("A/RES/35/%1").arg(rcid);
    rc.important = std::nullopt;
    rc.amend = false;
    rc.issues = {QStringLiteral("di"), QStringLiteral("nu")};
    rc.issuesKnown = true;
    rc.votes = {{QStringLiteral("AUS"), RollCallPosition::Yes, {}},
                {QStringLiteral("CHN"), RollCallPosition::Abstain, {}},
                {QStringLiteral("NAM"), RollCallPosition::NonVoting, {}},
                {QStringLiteral("YUG"), RollCallPosition::No, {}}};
    return rc;
}

class RollCallRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::openInMemory();
        ASSERT_TRUE(opened) << opened.error().userMessage.toStdString();
        db = std::move(opened).value();
    }
    std::unique_ptr<Database> db;
    const QList<RollCallIssue> names{{QStringLiteral("di"), QStringLiteral("Arms control")},
                                     {QStringLiteral("nu"), QStringLiteral("Nuclear weapons")}};
};

TEST_F(RollCallRepositoryTest, StoresReadsAndFindsTheSameDataUnchanged)
{
    RollCallRepository repo(*db);
    const QList<RollCall> input{rollCall(1, "35"), rollCall(2, "36")};
    auto first = repo.store(input, names, entities());
    ASSERT_TRUE(first) << first.error().userMessage.toStdString();
    EXPECT_EQ(first->rollCallsAdded, 2);
    EXPECT_EQ(first->votesAdded, 8);

    auto again = repo.store(input, names, entities());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->rollCallsAdded, 0);
    EXPECT_EQ(again->rollCallsUnchanged, 2);
    EXPECT_EQ(again->votesUnchanged, 8);
    EXPECT_EQ(again->votesAdded + again->votesUpdated + again->votesRemoved, 0);

    auto read = repo.find(RollCallQuery::ofSession(QStringLiteral("35")));
    ASSERT_TRUE(read);
    ASSERT_EQ(read->size(), 1);
    const RollCall &rc = read->front();
    EXPECT_EQ(rc.rcid, 1);
    EXPECT_EQ(rc.resolution, QStringLiteral("A/RES/35/1"));
    EXPECT_EQ(rc.date, QDate(1980, 11, 3));
    EXPECT_FALSE(rc.important.has_value());
    EXPECT_EQ(rc.amend, std::optional<bool>(false));
    EXPECT_EQ(rc.issues, (QStringList{QStringLiteral("di"), QStringLiteral("nu")}));
    EXPECT_EQ(rc.votes, input.front().votes);
    EXPECT_EQ(repo.find(RollCallQuery::ofResolution(QStringLiteral("A/RES/35/2")))->front().rcid,
              2);
}

// The search over titles looks in the title, the agenda title, Voeten's short title and
// description, in any ASCII case; the position table holds each state's row, or none.
TEST_F(RollCallRepositoryTest, TitleWordsAndThePositionTable)
{
    RollCallRepository repo(*db);
    RollCall testBan = rollCall(1, "35");
    testBan.shortTitle = QStringLiteral("Comprehensive nuclear-test ban");
    RollCall apartheid = rollCall(2, "35");
    apartheid.description =
        QStringLiteral("Policies of APARTHEID of the Government of South Africa");
    apartheid.votes.removeAt(3); // YUG gives no row: not a member
    apartheid.votes[0].position = RollCallPosition::No;
    RollCall agenda = rollCall(3, "36");
    agenda.agendaTitle = QStringLiteral("General and complete disarmament: nuclear weapons");
    ASSERT_TRUE(repo.store({testBan, apartheid, agenda}, names, entities()));

    const auto rcids = [&](const char *words) {
        RollCallQuery query;
        query.titleContains = QString::fromLatin1(words);
        const auto read = repo.find(query);
        QList<qint64> found;
        for (const RollCall &rc : *read)
            found.append(*rc.rcid);
        return found;
    };
    EXPECT_EQ(rcids("Nuclear"), (QList<qint64>{1, 3}));
    EXPECT_EQ(rcids("apartheid"), QList<qint64>{2});
    EXPECT_EQ(rcids("nuclear ban"), QList<qint64>{});       // the words as one run, not each
    EXPECT_EQ(rcids("  nuclear-test  "), QList<qint64>{1}); // the words, without the spaces around

    auto table = readRollCallPositions(*db, RollCallQuery::ofSession(QStringLiteral("35")));
    ASSERT_TRUE(table) << table.error().userMessage.toStdString();
    ASSERT_EQ(table->rollCalls.size(), 2);
    EXPECT_TRUE(table->rollCalls[0].votes.isEmpty());
    EXPECT_EQ(table->codes, (QStringList{QStringLiteral("AUS"), QStringLiteral("CHN"),
                                         QStringLiteral("NAM"), QStringLiteral("YUG")}));
    EXPECT_EQ(table->at(0, 0), RollCallPosition::Yes); // AUS on rcid 1
    EXPECT_EQ(table->at(0, 1), RollCallPosition::No);  // AUS on rcid 2
    EXPECT_EQ(table->at(2, 1), RollCallPosition::NonVoting);
    EXPECT_EQ(table->at(3, 0), RollCallPosition::No);
    EXPECT_EQ(table->at(3, 1), std::nullopt);
    const RollCallPositionTable second = table->columns({1});
    ASSERT_EQ(second.rollCalls.size(), 1);
    EXPECT_EQ(second.rollCalls[0].rcid, 2);
    EXPECT_EQ(second.at(0, 0), RollCallPosition::No);
    EXPECT_EQ(second.at(3, 0), std::nullopt);
}

TEST_F(RollCallRepositoryTest, ANewerFileCorrectsAVoteAndKeepsTheId)
{
    RollCallRepository repo(*db);
    ASSERT_TRUE(repo.store({rollCall(1, "35")}, names, entities()));
    const qint64 id = repo.find({})->front().id;
    RollCall corrected = rollCall(1, "35");
    corrected.votes[1].position = RollCallPosition::No;
    corrected.votes.removeLast();
    corrected.title = QStringLiteral("Corrected");
    auto counts = repo.store({corrected, rollCall(3, "35")}, names, entities());
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->rollCallsUpdated, 1);
    EXPECT_EQ(counts->rollCallsAdded, 1);
    EXPECT_EQ(counts->votesUpdated, 1);
    EXPECT_EQ(counts->votesRemoved, 1);
    EXPECT_EQ(counts->votesUnchanged, 2);
    const auto read = repo.find(RollCallQuery::ofSession(QStringLiteral("35")));
    ASSERT_EQ(read->size(), 2);
    EXPECT_EQ(read->front().id, id);
    EXPECT_EQ(read->front().title, QStringLiteral("Corrected"));
    EXPECT_EQ(read->front().votes, corrected.votes);
}

TEST_F(RollCallRepositoryTest, AVoteForAnUnknownEntityLeavesNothingStored)
{
    RollCallRepository repo(*db);
    RollCall bad = rollCall(1, "35");
    bad.votes.append({QStringLiteral("XXX"), RollCallPosition::Yes, {}});
    EXPECT_FALSE(repo.store({rollCall(2, "35"), bad}, names, entities()));
    EXPECT_TRUE(repo.find({})->isEmpty());
}

// A roll call of `members` states E000, E001, …: yes, no, abstain, non-voting in turn.
RollCall rollCallOfMembers(qint64 rcid, int members)
{
    RollCall rc = rollCall(rcid, "40");
    rc.votes.clear();
    for (int i = 0; i < members; ++i)
        rc.votes.append({QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0')),
                         static_cast<RollCallPosition>(i % 4),
                         {}});
    return rc;
}

// The first load of a record writes many votes per statement with the votes' index dropped and
// built at the end; a later small load keeps the index as it goes. Both store every vote.
TEST_F(RollCallRepositoryTest, ManyVotesAreStoredWholeAndTheIndexStaysRight)
{
    QList<Entity> many;
    for (int i = 0; i < 150; ++i) {
        Entity e;
        e.code = QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0'));
        e.nameEn = e.code;
        many.append(e);
    }
    RollCallRepository repo(*db);
    // 150 + 64 + 3 votes: more than a statement's rows, exactly one, fewer.
    const QList<RollCall> first{rollCallOfMembers(1, 150), rollCallOfMembers(2, 64),
                                rollCallOfMembers(3, 3)};
    auto stored = repo.store(first, names, many);
    ASSERT_TRUE(stored) << stored.error().detail.toStdString();
    EXPECT_EQ(stored->votesAdded, 217);
    const RollCall later = rollCallOfMembers(4, 70);
    stored = repo.store({later}, names, many);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->votesAdded, 70);

    auto read = repo.find({});
    ASSERT_TRUE(read);
    ASSERT_EQ(read->size(), 4);
    for (qsizetype i = 0; i < 3; ++i)
        EXPECT_EQ(read->at(i).votes, first[i].votes) << "rcid " << i + 1;
    EXPECT_EQ(read->at(3).votes, later.votes);
    EXPECT_EQ(Rapporteur::Test::queryValue(*db, "SELECT group_concat(integrity_check) FROM "
                                    "pragma_integrity_check"),
              QStringLiteral("ok"));
    // E002 is in all four roll calls, E100 only in the first: read through the index.
    EXPECT_EQ(Rapporteur::Test::queryValue(*db, "SELECT count(*) FROM roll_call_vote INDEXED BY "
                                    "roll_call_vote_entity WHERE entity_code = 'E002'"),
              QStringLiteral("4"));
    EXPECT_EQ(Rapporteur::Test::queryValue(*db, "SELECT count(*) FROM roll_call_vote INDEXED BY "
                                    "roll_call_vote_entity WHERE entity_code = 'E100'"),
              QStringLiteral("1"));
}

TEST(RollCallRecords, NamesPositionsAndVoetenCodes)
{
    EXPECT_EQ(rollCallPositionName(RollCallPosition::NonVoting), QStringLiteral("non_voting"));
    EXPECT_EQ(rollCallPositionFromName(u"abstain"), RollCallPosition::Abstain);
    EXPECT_EQ(voetenVoteCode(RollCallPosition::Yes), 1);
    EXPECT_EQ(voetenVoteCode(RollCallPosition::Abstain), 2);
    EXPECT_EQ(voetenVoteCode(RollCallPosition::No), 3);
    EXPECT_EQ(voetenVoteCode(RollCallPosition::NonVoting), 8);
}

} // namespace
