// The codebook: a tree of codes, edited without ever losing a coding silently.
#include "codingtestsupport.h"

#include "coding/codingservice.h"
#include "coding/qdacodebook.h"
#include "storage/codebookrepository.h"
#include "storage/codingrepository.h"
#include "storage/memorepository.h"

using namespace Rapporteur;
using namespace Rapporteur::Storage;

namespace {

class Codebook : public Test::CodingFixture
{
protected:
    QStringList paths()
    {
        QStringList out;
        auto codes = CodebookRepository(*m_db).codes();
        EXPECT_TRUE(codes.ok());
        for (const CodeRecord &c : *codes)
            out.append(QStringLiteral("%1=%2").arg(c.path).arg(c.codingCount));
        return out;
    }

    qint64 idOf(const QString &path)
    {
        auto found = CodebookRepository(*m_db).find(splitCodePath(path));
        return found.ok() && found->has_value() ? **found : 0;
    }
};

} // namespace

TEST_F(Codebook, ACodingCreatesItsPathAndPathsListParentsFirst)
{
    code(QStringLiteral("论点 / 出口管制"), Rapporteur::Test::kAustralia1, 7, 11);
    code(QStringLiteral("论点/能力建设"), Rapporteur::Test::kAustralia2, 0, 4);
    code(QStringLiteral("行为体"), Rapporteur::Test::kBelarus, 0, 4);
    EXPECT_EQ(paths(),
              (QStringList{QStringLiteral("行为体=1"), QStringLiteral("论点=0"),
                           QStringLiteral("论点/出口管制=1"), QStringLiteral("论点/能力建设=1")}));
    EXPECT_TRUE(splitCodePath(QStringLiteral("a//b")).isEmpty());
}

TEST_F(Codebook, NamesAreUniqueAmongSiblingsAndHoldNoSlash)
{
    CodebookRepository codebook(*m_db);
    ASSERT_TRUE(codebook.create(std::nullopt, QStringLiteral("A")).ok());
    EXPECT_FALSE(codebook.create(std::nullopt, QStringLiteral("A")).ok());
    EXPECT_FALSE(codebook.create(std::nullopt, QStringLiteral("A/B")).ok());
    EXPECT_FALSE(
        codebook.create(std::nullopt, QStringLiteral("C"), {}, QStringLiteral("red")).ok());
    EXPECT_TRUE(codebook.create(idOf(QStringLiteral("A")), QStringLiteral("A")).ok());
}

TEST_F(Codebook, RenameAndMoveButNeverUnderItself)
{
    code(QStringLiteral("a/b/c"), Rapporteur::Test::kBelarus, 0, 4);
    CodebookRepository codebook(*m_db);
    EXPECT_FALSE(codebook.move(idOf(QStringLiteral("a")), idOf(QStringLiteral("a/b/c"))).ok());
    ASSERT_TRUE(codebook.rename(idOf(QStringLiteral("a/b")), QStringLiteral("β")).ok());
    ASSERT_TRUE(codebook.move(idOf(QStringLiteral("a/β/c")), std::nullopt).ok());
    EXPECT_EQ(paths(),
              (QStringList{QStringLiteral("a=0"), QStringLiteral("a/β=0"), QStringLiteral("c=1")}));
}

TEST_F(Codebook, MergeMovesCodingsChildrenDescriptionAndMemo)
{
    code(QStringLiteral("UCM"), Rapporteur::Test::kBelarus, 6, 13);
    code(QStringLiteral("单边强制措施/制裁"), Rapporteur::Test::kAustralia2, 0, 4);
    CodebookRepository codebook(*m_db);
    const qint64 from = idOf(QStringLiteral("UCM"));
    const qint64 into = idOf(QStringLiteral("单边强制措施"));
    ASSERT_TRUE(codebook.create(from, QStringLiteral("次级")).ok());
    ASSERT_TRUE(codebook.setDescription(from, QStringLiteral("英文缩写")).ok());
    ASSERT_TRUE(MemoRepository(*m_db).set(MemoTarget::Code, from, QStringLiteral("memo"), {}).ok());
    const auto status = codebook.merge(from, into);
    ASSERT_TRUE(status.ok()) << status.error().detail.toStdString();
    EXPECT_EQ(paths(),
              (QStringList{QStringLiteral("单边强制措施=1"), QStringLiteral("单边强制措施/制裁=1"),
                           QStringLiteral("单边强制措施/次级=0")}));
    auto merged = codebook.code(into);
    ASSERT_TRUE(merged.ok() && merged->has_value());
    EXPECT_EQ((*merged)->description, QStringLiteral("英文缩写"));
    auto memo = MemoRepository(*m_db).memo(MemoTarget::Code, into);
    ASSERT_TRUE(memo.ok() && memo->has_value());
    EXPECT_EQ((*memo)->text, QStringLiteral("memo"));
}

TEST_F(Codebook, DeletingACodeWithCodingsNeedsForce)
{
    code(QStringLiteral("论点/出口管制"), Rapporteur::Test::kAustralia1, 7, 11);
    CodebookRepository codebook(*m_db);
    const qint64 parent = idOf(QStringLiteral("论点"));
    const auto refused = codebook.remove(parent, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().userMessage.contains(QLatin1String("1 coding")));
    EXPECT_EQ(CodingRepository(*m_db).codings()->size(), 1);
    ASSERT_TRUE(codebook.remove(parent, true).ok());
    EXPECT_TRUE(paths().isEmpty());
    EXPECT_TRUE(CodingRepository(*m_db).codings()->isEmpty());
    // Without codings nothing needs confirming.
    ASSERT_TRUE(codebook.create(std::nullopt, QStringLiteral("空")).ok());
    EXPECT_TRUE(codebook.remove(idOf(QStringLiteral("空")), false).ok());
}

TEST_F(Codebook, QdcRoundTripKeepsTreeColoursDescriptionsAndGuids)
{
    CodebookRepository codebook(*m_db);
    auto top = codebook.create(std::nullopt, QStringLiteral("论点"), QStringLiteral("说明 <&>"),
                               QStringLiteral("#FF8800"));
    ASSERT_TRUE(top.ok());
    ASSERT_TRUE(codebook.create(*top, QStringLiteral("出口管制")).ok());
    auto qdc = Coding::exportCodebook(*m_db);
    ASSERT_TRUE(qdc.ok());
    EXPECT_TRUE(qdc->contains("xmlns=\"urn:QDA-XML:codebook:1.0\""));

    auto other = Database::openInMemory();
    ASSERT_TRUE(other.ok());
    auto created = Coding::importCodebook(**other, *qdc);
    ASSERT_TRUE(created.ok()) << created.error().userMessage.toStdString();
    EXPECT_EQ(*created, 2);
    auto mine = codebook.codes();
    auto theirs = CodebookRepository(**other).codes();
    ASSERT_EQ(theirs->size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        EXPECT_EQ((*theirs)[i].path, (*mine)[i].path);
        EXPECT_EQ((*theirs)[i].guid, (*mine)[i].guid);
        EXPECT_EQ((*theirs)[i].colour, (*mine)[i].colour);
        EXPECT_EQ((*theirs)[i].description, (*mine)[i].description);
    }
    EXPECT_EQ((*theirs)[0].colour, QStringLiteral("#ff8800"));
    EXPECT_EQ(*Coding::importCodebook(**other, *qdc), 0); // read twice: nothing new
}

// A code made without a colour (the CLI's `codes add`, an import) is given one and keeps it:
// the palette's in turn while unused, then the one used least, and the codebook export carries
// it, so that another program shows the same colour.
TEST_F(Codebook, ACodeMadeWithoutAColourIsGivenTheLeastUsedOneAndKeepsIt)
{
    CodebookRepository codebook(*m_db);
    const QStringList palette{QStringLiteral("#e6194b"), QStringLiteral("#3cb44b"),
                              QStringLiteral("#4363d8"), QStringLiteral("#f58231"),
                              QStringLiteral("#911eb4"), QStringLiteral("#42d4f4"),
                              QStringLiteral("#f032e6"), QStringLiteral("#bfef45"),
                              QStringLiteral("#9a6324"), QStringLiteral("#469990")};
    ASSERT_TRUE(codebook.create(std::nullopt, QStringLiteral("红"), {}, QStringLiteral("#3CB44B")));
    QStringList given;
    for (int i = 0; i < 10; ++i) {
        auto id = codebook.create(std::nullopt, QStringLiteral("code %1").arg(i));
        ASSERT_TRUE(id.ok());
        given.append((*codebook.code(*id))->colour);
    }
    // The second palette colour was taken by hand, so the other nine come first; then every
    // colour is used once and the first of the palette comes again.
    EXPECT_EQ(given, (QStringList{palette[0], palette[2], palette[3], palette[4], palette[5],
                                  palette[6], palette[7], palette[8], palette[9], palette[0]}));

    auto qdc = Coding::exportCodebook(*m_db);
    ASSERT_TRUE(qdc.ok());
    EXPECT_EQ(qdc->count("color=\"#E6194B\""), 2) << qdc->constData(); // code 0 and code 9
    EXPECT_EQ(qdc->count("color=\"#3CB44B\""), 1) << qdc->constData();
}
