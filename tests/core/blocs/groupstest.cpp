// The built-in groups of data/groups.tsv, the table's rules, and the user's own groups stored in
// the database (migration 0007).
#include "blocs/groups.h"
#include "blocs/groupcatalog.h"

#include "handvotes.h"
#include "testsupport.h"

#include "referencedata/entityregistry.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/statement.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Blocs::Group;
using Blocs::GroupKind;
using Blocs::GroupTable;
using Rapporteur::Test::words;

namespace {

Group builtIn(const char *name)
{
    const auto g = GroupTable::builtIn().find(QString::fromUtf8(name));
    EXPECT_TRUE(g.has_value()) << name;
    return g.value_or(Group{});
}

const QString kHeader = QStringLiteral("short\tkind\tname_en\tname_zh\taliases\tmembers\n");

} // namespace

TEST(BuiltInGroups, TheFiveRegionalGroupsHoldEveryMemberStateOnce)
{
    QHash<QString, QStringList> groupsOf;
    int regional = 0;
    for (const Group &g : GroupTable::builtIn().groups()) {
        if (g.kind != GroupKind::Regional)
            continue;
        ++regional;
        for (const QString &code : g.members)
            groupsOf[code].append(g.shortName);
    }
    EXPECT_EQ(regional, 5);
    const QList<Entity> members = ReferenceData::EntityRegistry::builtIn().memberStates();
    ASSERT_EQ(members.size(), 193);
    for (const Entity &e : members)
        EXPECT_EQ(groupsOf.value(e.code).size(), 1)
            << e.code.toStdString() << " is in " << groupsOf.value(e.code).join(u',').toStdString();
    EXPECT_EQ(groupsOf.size(), 193); // and nothing else
}

TEST(BuiltInGroups, SizesAndSpecialCases)
{
    EXPECT_EQ(builtIn("AG").members.size(), 54);
    EXPECT_EQ(builtIn("APG").members.size(), 54);
    EXPECT_EQ(builtIn("EEG").members.size(), 23);
    EXPECT_EQ(builtIn("GRULAC").members.size(), 33);
    // 28 members and the United States, an observer counted with them here.
    EXPECT_EQ(builtIn("WEOG").members.size(), 29);
    const GroupTable &table = GroupTable::builtIn();
    EXPECT_EQ(table.regionalGroupOf(QStringLiteral("USA"))->shortName, QStringLiteral("WEOG"));
    EXPECT_EQ(table.regionalGroupOf(QStringLiteral("ISR"))->shortName, QStringLiteral("WEOG"));
    EXPECT_EQ(table.regionalGroupOf(QStringLiteral("TUR"))->shortName, QStringLiteral("WEOG"));
    EXPECT_EQ(table.regionalGroupOf(QStringLiteral("KIR"))->shortName, QStringLiteral("APG"));
    EXPECT_EQ(table.regionalGroupOf(QStringLiteral("CYP"))->shortName, QStringLiteral("APG"));
    EXPECT_EQ(table.regionalGroupOf(QStringLiteral("EUU")), std::nullopt);
}

TEST(BuiltInGroups, TheEuropeanUnionsTwentySevenMembers)
{
    const Group eu = builtIn("EU");
    EXPECT_EQ(eu.kind, GroupKind::Other);
    EXPECT_EQ(eu.members.size(), 27);
    for (const char *code : {"FRA", "DEU", "CYP", "HRV", "IRL"})
        EXPECT_TRUE(eu.contains(QString::fromLatin1(code))) << code;
    for (const char *code : {"GBR", "NOR", "CHE", "EUU"})
        EXPECT_FALSE(eu.contains(QString::fromLatin1(code))) << code;
}

TEST(BuiltInGroups, FoundByAnyNameInAnyCase)
{
    for (const char *name : {"WEOG", "weog", "Western European and other States",
                             "western european and others group", "西欧和其他国家组", " WEOG "})
        EXPECT_EQ(builtIn(name).shortName, QStringLiteral("WEOG")) << name;
    EXPECT_EQ(builtIn("grulac").nameZh, QStringLiteral("拉丁美洲和加勒比国家组"));
    EXPECT_EQ(builtIn("欧盟").shortName, QStringLiteral("EU"));
    EXPECT_EQ(builtIn("亚太国家组").shortName, QStringLiteral("APG"));
    EXPECT_EQ(GroupTable::builtIn().find(u"NATO"), std::nullopt);
}

TEST(GroupTableTsv, CommentsHeaderAndRows)
{
    auto table =
        GroupTable::fromTsv(QStringLiteral("# a comment\n") + kHeader +
                            QStringLiteral("# another\nNB\tother\tNeighbours\t邻国\tN2|邻居\t"
                                           "FRA DEU\n"));
    ASSERT_TRUE(table.ok()) << table.error().userMessage.toStdString();
    ASSERT_EQ(table->groups().size(), 1);
    EXPECT_EQ(table->groups()[0].members, words("FRA DEU"));
    EXPECT_EQ(table->find(u"邻居")->shortName, QStringLiteral("NB"));
}

TEST(GroupTableTsv, RefusesUnknownCodesNonMembersRepeatsAndSharedNames)
{
    const auto refused = [](const QString &rows) {
        auto t = GroupTable::fromTsv(kHeader + rows);
        return !t.ok() && t.error().code == ErrorCode::InvalidInput;
    };
    EXPECT_TRUE(refused(QStringLiteral("X\tother\tX\tX\t\tFRA ZZZ\n")));
    EXPECT_TRUE(refused(QStringLiteral("X\tother\tX\tX\t\tFRA EUU\n"))); // no vote in the GA
    EXPECT_TRUE(refused(QStringLiteral("X\tother\tX\tX\t\tFRA FRA\n")));
    EXPECT_TRUE(refused(QStringLiteral("X\tuser\tX\tX\t\tFRA\n")));
    EXPECT_TRUE(refused(QStringLiteral("X\tother\tX\tX\n")));
    EXPECT_TRUE(refused(QStringLiteral("X\tother\tEx\t甲\t\tFRA\nY\tother\tWhy\t乙\tex\tDEU\n")));
}

class UserGroups : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Storage::Database::openInMemory();
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
    }
    std::unique_ptr<Storage::Database> m_db;
};

TEST_F(UserGroups, AddedByCodeOrNameAndListedAfterTheBuiltInOnes)
{
    auto added = Blocs::addUserGroup(*m_db, QStringLiteral("BRICS"), QStringLiteral("金砖国家"),
                                     {QStringLiteral("BRA"), QStringLiteral("俄罗斯联邦"),
                                      QStringLiteral("India"), QStringLiteral("CHN"),
                                      QStringLiteral("ZAF"), QStringLiteral("bra")});
    ASSERT_TRUE(added.ok()) << added.error().userMessage.toStdString();
    EXPECT_EQ(added->members, words("BRA RUS IND CHN ZAF")); // once each, as codes
    EXPECT_EQ(added->kind, GroupKind::User);

    auto groups = Blocs::readGroups(*m_db);
    ASSERT_TRUE(groups.ok());
    const qsizetype builtIns = GroupTable::builtIn().groups().size();
    ASSERT_EQ(groups->groups().size(), builtIns + 1);
    EXPECT_EQ(groups->groups().constLast().shortName, QStringLiteral("BRICS"));
    EXPECT_EQ(groups->find(u"brics")->members, words("BRA RUS IND CHN ZAF"));
    EXPECT_EQ(groups->find(u"金砖国家")->shortName, QStringLiteral("BRICS"));
}

TEST_F(UserGroups, NamesMustBeNewAndMembersMemberStates)
{
    const QStringList two{QStringLiteral("FRA"), QStringLiteral("DEU")};
    // A built-in group's short name or alias, in any case.
    EXPECT_EQ(Blocs::addUserGroup(*m_db, QStringLiteral("weog"), {}, two).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(
        Blocs::addUserGroup(*m_db, QStringLiteral("X"), QStringLiteral("欧盟"), two).error().code,
        ErrorCode::InvalidInput);
    ASSERT_TRUE(Blocs::addUserGroup(*m_db, QStringLiteral("Pair"), {}, two).ok());
    EXPECT_EQ(Blocs::addUserGroup(*m_db, QStringLiteral("PAIR"), {}, two).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(Blocs::addUserGroup(*m_db, QStringLiteral("Y"), {}, {}).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(
        Blocs::addUserGroup(*m_db, QStringLiteral("Y"), {}, {QStringLiteral("EUU")}).error().code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(Blocs::addUserGroup(*m_db, QStringLiteral("Y"), {}, {QStringLiteral("Atlantis")})
                  .error()
                  .code,
              ErrorCode::NotFound);
    // Nothing of the refused ones was stored.
    auto stored = Storage::GroupRepository(*m_db).groups();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->constFirst().name, QStringLiteral("Pair"));
}

TEST_F(UserGroups, RemovedByNameButNeverABuiltInOne)
{
    ASSERT_TRUE(Blocs::addUserGroup(*m_db, QStringLiteral("Pair"), QStringLiteral("一对"),
                                    {QStringLiteral("FRA"), QStringLiteral("DEU")})
                    .ok());
    EXPECT_EQ(Blocs::removeUserGroup(*m_db, QStringLiteral("WEOG")).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(Blocs::removeUserGroup(*m_db, QStringLiteral("Nope")).error().code,
              ErrorCode::NotFound);
    ASSERT_TRUE(Blocs::removeUserGroup(*m_db, QStringLiteral("一对")).ok());
    auto groups = Blocs::readGroups(*m_db);
    ASSERT_TRUE(groups.ok());
    EXPECT_EQ(groups->find(u"Pair"), std::nullopt);
    EXPECT_EQ(groups->groups().size(), GroupTable::builtIn().groups().size());
    // Its members went with it.
    auto count = Storage::Statement::prepare(*m_db, "SELECT count(*) FROM user_group_member");
    ASSERT_TRUE(count.ok());
    ASSERT_TRUE(count->step().ok());
    EXPECT_EQ(count->columnInt(0), 0);
}
