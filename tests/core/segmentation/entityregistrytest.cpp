#include "referencedata/entityregistry.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using ReferenceData::EntityRegistry;

TEST(EntityRegistry, HoldsAllMemberStatesObserversAndTheEuropeanUnion)
{
    const auto &r = EntityRegistry::builtIn();
    EXPECT_EQ(r.memberStates().size(), 193);
    int observers = 0;
    int organisations = 0;
    for (const Entity &e : r.entities()) {
        observers += e.kind == EntityKind::ObserverState;
        organisations += e.kind == EntityKind::Organisation;
    }
    EXPECT_EQ(observers, 2);
    EXPECT_EQ(organisations, 1);
}

TEST(EntityRegistry, ResolvesOfficialNamesAliasesAndCodes)
{
    const auto &r = EntityRegistry::builtIn();
    EXPECT_EQ(r.resolve(u"荷兰")->code, QStringLiteral("NLD"));
    EXPECT_EQ(r.resolve(u"荷兰王国")->code, QStringLiteral("NLD"));
    EXPECT_EQ(r.resolve(u"大不列颠及北爱尔兰联合王国")->code, QStringLiteral("GBR"));
    EXPECT_EQ(r.resolve(u"英国")->code, QStringLiteral("GBR"));
    EXPECT_EQ(r.resolve(u"多民族玻利维亚国")->code, QStringLiteral("BOL"));
    EXPECT_EQ(r.resolve(u"朝鲜民主主义人民共和国")->code, QStringLiteral("PRK"));
    EXPECT_EQ(r.resolve(u"大韩民国")->code, QStringLiteral("KOR"));
    EXPECT_EQ(r.resolve(u"巴勒斯坦国")->code, QStringLiteral("PSE"));
    EXPECT_EQ(r.resolve(u"欧洲联盟")->code, QStringLiteral("EUU"));
    EXPECT_EQ(r.resolve(u"刚果")->code, QStringLiteral("COG"));
    EXPECT_EQ(r.resolve(u"刚果民主共和国")->code, QStringLiteral("COD"));
    EXPECT_EQ(r.resolve(u"chn")->nameZh, QStringLiteral("中国"));
    EXPECT_EQ(r.resolve(u"Türkiye")->code, QStringLiteral("TUR"));
    EXPECT_EQ(r.resolve(u"委内瑞拉玻利瓦尔共和国")->nameEn,
              QStringLiteral("Venezuela (Bolivarian Republic of)"));
}

TEST(EntityRegistry, NameBrokenAcrossLinesResolves)
{
    const auto &r = EntityRegistry::builtIn();
    EXPECT_EQ(r.resolve(u"白\n俄罗斯")->code, QStringLiteral("BLR"));
    EXPECT_EQ(r.resolve(u"波斯尼亚和\n黑塞哥维那")->code, QStringLiteral("BIH"));
}

TEST(EntityRegistry, HeadingThatIsNotAStateDoesNotResolve)
{
    const auto &r = EntityRegistry::builtIn();
    EXPECT_FALSE(r.resolve(u"澳大利亚集团").has_value());
    EXPECT_FALSE(r.resolve(u"乌托邦共和国").has_value());
}

TEST(EntityRegistry, LongestPrefixPrefersTheLongerName)
{
    const auto &r = EntityRegistry::builtIn();
    const auto hit = r.longestPrefix(u"刚果民主共和国、吉布提");
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->first.code, QStringLiteral("COD"));
    EXPECT_EQ(hit->second, 7);
}

TEST(EntityRegistry, DuplicateNameInTableIsRejected)
{
    const auto r = EntityRegistry::fromTsv(
        QStringLiteral("code\tkind\tname_en\tname_zh\taliases_zh\nAAA\tmember_state\tA\t甲国\t\n"
                       "BBB\tmember_state\tB\t乙国\t甲国\n"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().userMessage.contains(QStringLiteral("甲国")));
}

TEST(EntityRegistry, GivesEveryEntityItsAlpha2CodeAndKeepsNamibiasNA)
{
    const auto &r = EntityRegistry::builtIn();
    for (const Entity &e : r.entities()) {
        if (e.kind != EntityKind::FormerMemberState) {
            EXPECT_EQ(e.iso2.size(), 2) << e.code.toStdString();
        }
    }
    EXPECT_EQ(r.byCode(QStringLiteral("NAM"))->iso2, QStringLiteral("NA"));
    EXPECT_EQ(r.byCode(QStringLiteral("CHN"))->iso2, QStringLiteral("CN"));
    EXPECT_EQ(r.byCode(QStringLiteral("EUU"))->iso2, QStringLiteral("EU"));
    EXPECT_EQ(r.byVoteCode(QStringLiteral("NA"), QDate(2000, 1, 1))->code, QStringLiteral("NAM"));
}

TEST(EntityRegistry, HoldsFormerMembersWithTheirSuccessors)
{
    const auto &r = EntityRegistry::builtIn();
    int former = 0;
    for (const Entity &e : r.entities())
        former += e.kind == EntityKind::FormerMemberState;
    EXPECT_EQ(former, 6);
    const auto csk = r.byCode(QStringLiteral("CSK"));
    ASSERT_TRUE(csk);
    EXPECT_EQ(csk->successors, (QStringList{QStringLiteral("CZE"), QStringLiteral("SVK")}));
    EXPECT_EQ(csk->until, QDate(1993, 1, 1));
    EXPECT_EQ(r.resolve(u"German Democratic Republic")->code, QStringLiteral("DDR"));
    EXPECT_EQ(r.resolve(u"Yemen People's Republic")->code, QStringLiteral("YMD"));
    EXPECT_EQ(r.resolve(u"Federal Republic of Germany")->code, QStringLiteral("DEU"));
    EXPECT_EQ(r.resolve(u"Yemen Arab Republic")->code, QStringLiteral("YEM"));
    EXPECT_EQ(r.resolve(u"Zanzibar")->code, QStringLiteral("ZNZ"));
    EXPECT_EQ(r.resolve(u"南斯拉夫")->code, QStringLiteral("YUG"));
}

TEST(EntityRegistry, ResolvesACodeSharedOverTimeByTheDayOfTheVote)
{
    const auto &r = EntityRegistry::builtIn();
    EXPECT_EQ(r.byVoteCode(QStringLiteral("CS"), QDate(1980, 5, 1))->code, QStringLiteral("CSK"));
    EXPECT_EQ(r.byVoteCode(QStringLiteral("CS"), QDate(2004, 5, 1))->code, QStringLiteral("SCG"));
    EXPECT_EQ(r.byVoteCode(QStringLiteral("YU"), QDate(1980, 5, 1))->code, QStringLiteral("YUG"));
    EXPECT_EQ(r.byVoteCode(QStringLiteral("YU"), QDate(2004, 5, 1))->code, QStringLiteral("SCG"));
    EXPECT_EQ(r.byVoteCode(QStringLiteral("YU"), QDate(2010, 5, 1))->code, QStringLiteral("SRB"));
    EXPECT_EQ(r.byVoteCode(QStringLiteral("ddr"), QDate(1980, 5, 1))->code, QStringLiteral("DDR"));
    EXPECT_FALSE(r.byVoteCode(QStringLiteral("DD"), QDate(1995, 5, 1)));
    EXPECT_EQ(r.byVoteCode(QStringLiteral("DEU"), QDate(1980, 5, 1))->code, QStringLiteral("DEU"));
    EXPECT_FALSE(r.byVoteCode(QStringLiteral("QQ"), QDate(1980, 5, 1)));
    // The days those answers change on (entity table: until), sorted; none for a current code.
    EXPECT_EQ(r.voteCodeEndDates(QStringLiteral("yu")),
              (QList<QDate>{QDate(2003, 2, 4), QDate(2006, 6, 3)}));
    EXPECT_EQ(r.voteCodeEndDates(QStringLiteral("CS")),
              (QList<QDate>{QDate(1993, 1, 1), QDate(2006, 6, 3)}));
    EXPECT_TRUE(r.voteCodeEndDates(QStringLiteral("DEU")).isEmpty());
}
