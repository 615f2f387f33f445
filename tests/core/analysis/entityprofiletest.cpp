// A state's profile on the sample corpus (A/77/96 and the committee report A/79/416), with the
// values read by hand from data/corpus, and the position rule on records made here.
#include "analysis/entityprofile.h"

#include "testsupport.h"

#include "referencedata/entityregistry.h"
#include "storage/database.h"
#include "workflow/importer.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Analysis::EntityProfile;
using Analysis::SponsorRole;
using Rapporteur::Test::corpusPath;

namespace {

const QString kReport = QStringLiteral("A/79/416");
const QString kDraft = QStringLiteral("A/C.1/79/L.53/Rev.1");

Entity entity(const char *code)
{
    const auto e = ReferenceData::EntityRegistry::builtIn().byCode(QString::fromLatin1(code));
    EXPECT_TRUE(e.has_value()) << code;
    return e.value_or(Entity{});
}

class EntityProfileOnSample : public ::testing::Test
{
protected:
    // Both sample documents, imported once for the suite through the real workflow.
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto db = Storage::Database::open(s_dir->filePath(QStringLiteral("sample.sqlite")));
        ASSERT_TRUE(db.ok());
        s_db = std::move(db).value().release();
        const QList<Workflow::ImportRequest> requests{
            {corpusPath(QStringLiteral("A-77-96.zh.txt")), {}, {}},
            // The committee report's text names no symbol of its own.
            {corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt")), kReport, {}},
        };
        NullProgress progress;
        CancelToken cancel;
        ASSERT_TRUE(Workflow::importFiles(*s_db, requests, progress, cancel).ok());
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
    }

    static EntityProfile profile(const char *code)
    {
        auto read = Analysis::readProfile(*s_db, entity(code));
        EXPECT_TRUE(read.ok());
        return read ? *read : EntityProfile{};
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline Storage::Database *s_db = nullptr;
};

TEST_F(EntityProfileOnSample, NetherlandsSubmittedIn2022AndVotedAgainstThreeTimes)
{
    const EntityProfile nld = profile("NLD");
    EXPECT_EQ(nld.entity.nameZh, QStringLiteral("荷兰王国"));
    EXPECT_EQ(nld.entity.nameEn, QStringLiteral("Netherlands (Kingdom of the)"));
    // A/77/96 heads it "荷兰" (its name in 2022), dated [2022 年 5 月 31 日], original in English.
    ASSERT_EQ(nld.submissions.size(), 1);
    EXPECT_EQ(nld.submissions[0].document, QStringLiteral("A/77/96"));
    EXPECT_EQ(nld.submissions[0].heading, QStringLiteral("荷兰"));
    EXPECT_EQ(nld.submissions[0].date, QDate(2022, 5, 31));
    EXPECT_EQ(nld.submissions[0].languages, QStringList{QStringLiteral("en")});
    // "荷兰王国" stands in the 反对 list of votes (a), (b) and (c), on 6 November 2024.
    ASSERT_EQ(nld.votes.size(), 3);
    const QStringList labels{QStringLiteral("(a)"), QStringLiteral("(b)"), QStringLiteral("(c)")};
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(nld.votes[i].document, kReport);
        EXPECT_EQ(nld.votes[i].label, labels[i]);
        EXPECT_EQ(nld.votes[i].draft, kDraft);
        EXPECT_EQ(nld.votes[i].date, QDate(2024, 11, 6));
        EXPECT_EQ(nld.votes[i].position, VotePosition::No);
        EXPECT_FALSE(nld.votes[i].intended.has_value());
    }
    EXPECT_EQ(nld.votes[0].subject, QStringLiteral("序言部分第十八段"));
    EXPECT_EQ(nld.votes[1].subject, QStringLiteral("执行部分第 2 段"));
    EXPECT_EQ(nld.votes[2].subjectKind, VoteSubjectKind::WholeDraft);
    EXPECT_TRUE(nld.sponsorships.isEmpty());
}

TEST_F(EntityProfileOnSample, ChinaIntroducedTheDraftAndVotedInFavourEachTime)
{
    const EntityProfile chn = profile("CHN");
    // "中国", [原件：中文], [2022 年 4 月 22 日].
    ASSERT_EQ(chn.submissions.size(), 1);
    EXPECT_EQ(chn.submissions[0].date, QDate(2022, 4, 22));
    ASSERT_EQ(chn.votes.size(), 3);
    for (const auto &v : chn.votes)
        EXPECT_EQ(v.position, VotePosition::Yes) << v.label.toStdString();
    // "中国代表团同时也代表白俄罗斯、……提交了": China is a main sponsor, once.
    ASSERT_EQ(chn.sponsorships.size(), 1);
    EXPECT_EQ(chn.sponsorships[0].document, kReport);
    EXPECT_EQ(chn.sponsorships[0].draft, kDraft);
    EXPECT_EQ(chn.sponsorships[0].role, SponsorRole::Main);
}

TEST_F(EntityProfileOnSample, PalestineJoinedLaterAndHasNoVote)
{
    // "随后，……乌干达和巴勒斯坦国加入成为该决议草案提案国"; an observer state is in no vote list
    // and has no vote to cast, so it has no position at all (not "not voting").
    const EntityProfile pse = profile("PSE");
    EXPECT_TRUE(pse.submissions.isEmpty());
    EXPECT_TRUE(pse.votes.isEmpty());
    ASSERT_EQ(pse.sponsorships.size(), 1);
    EXPECT_EQ(pse.sponsorships[0].role, SponsorRole::Joined);
    EXPECT_EQ(Analysis::sponsorRoleName(pse.sponsorships[0].role), QStringLiteral("joined"));
}

TEST_F(EntityProfileOnSample, IvoryCoastMeantToAbstainOnVoteA)
{
    // Footnote 2 of vote (a): "科特迪瓦代表团随后通知秘书处，本打算投弃权票"; it abstained on (b),
    // (c).
    const EntityProfile civ = profile("CIV");
    EXPECT_TRUE(civ.submissions.isEmpty());
    ASSERT_EQ(civ.votes.size(), 3);
    EXPECT_EQ(civ.votes[0].position, VotePosition::Yes);
    EXPECT_EQ(civ.votes[0].intended, VotePosition::Abstain);
    EXPECT_EQ(civ.votes[1].position, VotePosition::Abstain);
    EXPECT_FALSE(civ.votes[1].intended.has_value());
    EXPECT_EQ(civ.votes[2].position, VotePosition::Abstain);
}

TEST_F(EntityProfileOnSample, TheEuropeanUnionSubmittedButHasNoVote)
{
    const EntityProfile eu = profile("EUU");
    ASSERT_EQ(eu.submissions.size(), 1);
    EXPECT_EQ(eu.submissions[0].date, QDate(2022, 5, 31));
    EXPECT_TRUE(eu.votes.isEmpty());
    EXPECT_TRUE(eu.sponsorships.isEmpty());
}

// A state's position is VoteRecord::positionOf's, also where a state is named twice (the first
// list wins) and where a member state is in no list (non-voting, as the stored vote derives it).
TEST(EntityProfile, PositionsFollowTheVoteRecordsOneRule)
{
    Storage::VoteRecord vote;
    vote.id = 7;
    vote.yes = {{QStringLiteral("CHN"), QStringLiteral("中国")}};
    vote.no = {{QStringLiteral("NLD"), QStringLiteral("荷兰王国")},
               {QStringLiteral("CHN"), QStringLiteral("中国")}};
    vote.abstain = {{QStringLiteral("IND"), QStringLiteral("印度")}};
    vote.nonVoting = {QStringLiteral("FRA")};
    vote.notes = {{QStringLiteral("IND"), QStringLiteral("印度"), VotePosition::Yes, {}}};

    const auto positionIn = [&](const char *code) -> std::optional<VotePosition> {
        const EntityProfile p = Analysis::buildProfile(entity(code), {}, {vote}, {});
        return p.votes.isEmpty() ? std::nullopt : std::optional(p.votes[0].position);
    };
    EXPECT_EQ(positionIn("CHN"), VotePosition::Yes);
    EXPECT_EQ(positionIn("NLD"), VotePosition::No);
    EXPECT_EQ(positionIn("IND"), VotePosition::Abstain);
    EXPECT_EQ(positionIn("FRA"), VotePosition::NonVoting);
    EXPECT_EQ(positionIn("VAT"), std::nullopt);
    EXPECT_EQ(positionIn("EUU"), std::nullopt);

    const EntityProfile india = Analysis::buildProfile(entity("IND"), {}, {vote}, {});
    ASSERT_EQ(india.votes.size(), 1);
    EXPECT_EQ(india.votes[0].voteId, 7);
    EXPECT_EQ(india.votes[0].intended, VotePosition::Yes);
}

} // namespace
