#include "storage/rollcallrepository.h"
#include "storage/database.h"
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
