// Codings across re-imports, through the import use case (one transaction per import): they stay,
// follow their text, or are kept as orphans; never deleted.
#include "codingtestsupport.h"

#include "testsupport.h"

#include "coding/codingservice.h"
#include "storage/codingrepository.h"
#include "workflow/importer.h"

using namespace Rapporteur;
using namespace Rapporteur::Test;

namespace {

class Reanchor : public CodingFixture
{
protected:
    Storage::CodingRecord coding(qint64 id)
    {
        auto found = Storage::CodingRepository(*m_db).coding(id);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? **found : Storage::CodingRecord{};
    }

    int codingCount()
    {
        auto all = Storage::CodingRepository(*m_db).codings();
        return all.ok() ? static_cast<int>(all->size()) : -1;
    }
};

} // namespace

TEST_F(Reanchor, ACodingSurvivesReimportOfItsUnchangedDocument)
{
    const qint64 paragraph = paragraphId(kAustralia1);
    const qint64 id = code(QStringLiteral("论点/出口管制"), kAustralia1, 29, 40);
    importFixture(QStringLiteral("coding-small.zh.txt"));
    const auto c = coding(id);
    EXPECT_EQ(c.anchor.paragraphId, paragraph);
    EXPECT_EQ(c.anchor.start, 29);
    EXPECT_EQ(c.anchor.end, 40);
    EXPECT_FALSE(c.anchor.orphaned);
    EXPECT_EQ(c.codePath, QString()); // the repository leaves paths to readCodings
}

TEST_F(Reanchor, EditElsewhereInTheParagraphMovesTheCodingWithItsText)
{
    const qint64 oldParagraph = paragraphId(kAustralia1);
    const qint64 whole = code(QStringLiteral("论点/防扩散"), kAustralia1, 29, 40);
    const qint64 first = code(QStringLiteral("词/出口管制"), kAustralia1, 7, 11);
    const qint64 second = code(QStringLiteral("词/出口管制"), kAustralia1, 29, 33);
    const qint64 belarus = code(QStringLiteral("论点/单边措施"), kBelarus, 6, 13);
    const qint64 belarusParagraph = paragraphId(kBelarus);

    importFixture(QStringLiteral("coding-small-edited.zh.txt"));
    const qint64 newParagraph = paragraphId(QStringLiteral(
        "澳大利亚政府认为，出口管制不具歧视性。𠀀字不在基本多文种平面。出口管制有助于防止扩散。"));
    ASSERT_NE(newParagraph, 0);
    ASSERT_NE(newParagraph, oldParagraph); // changed text, new paragraph

    // 政府 adds two code points before every span of the paragraph.
    const auto w = coding(whole);
    EXPECT_EQ(w.anchor.paragraphId, newParagraph);
    EXPECT_EQ(w.anchor.start, 31);
    EXPECT_EQ(w.anchor.end, 42);
    EXPECT_EQ(w.anchor.quote, QStringLiteral("出口管制有助于防止扩散"));
    EXPECT_FALSE(w.anchor.orphaned);
    // The same quote twice in the paragraph: context keeps each coding on its own occurrence.
    EXPECT_EQ(coding(first).anchor.start, 9);
    EXPECT_EQ(coding(second).anchor.start, 31);
    EXPECT_EQ(coding(second).anchor.paragraphId, newParagraph);
    // Belarus's paragraph did not change: same id, same offsets.
    EXPECT_EQ(coding(belarus).anchor.paragraphId, belarusParagraph);
    EXPECT_EQ(paragraphId(kBelarus), belarusParagraph);
    EXPECT_EQ(coding(belarus).anchor.start, 6);
}

TEST_F(Reanchor, ACodingOnRemovedTextIsOrphanedNotDeletedAndComesBackWithItsText)
{
    const qint64 oldParagraph = paragraphId(kAustralia2);
    const qint64 id = code(QStringLiteral("论点/能力建设"), kAustralia2, 0, 4,
                           QStringLiteral("alice"), QStringLiteral("important"));

    NullProgress progress;
    CancelToken cancel;
    auto imported = Workflow::importFiles(
        *m_db, {{fixturePath(QStringLiteral("coding-small-edited.zh.txt")), kSymbol, {}}}, progress,
        cancel);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(paragraphId(kAustralia2), 0); // the text is gone
    EXPECT_EQ(codingCount(), 1);
    auto c = coding(id);
    EXPECT_TRUE(c.anchor.orphaned);
    EXPECT_EQ(c.anchor.quote, QStringLiteral("能力建设"));
    EXPECT_EQ(c.anchor.paragraphId, oldParagraph); // where it was, for the user to see
    EXPECT_EQ(c.memo, QStringLiteral("important"));
    ASSERT_EQ(imported->size(), 1);
    EXPECT_EQ((*imported)[0].orphanedCodings, 1);

    // Importing the first text again brings the paragraph back (under a new id): so does the
    // coding.
    importFixture(QStringLiteral("coding-small.zh.txt"));
    c = coding(id);
    EXPECT_FALSE(c.anchor.orphaned);
    EXPECT_EQ(c.anchor.paragraphId, paragraphId(kAustralia2));
    EXPECT_NE(c.anchor.paragraphId, oldParagraph);
    EXPECT_EQ(c.anchor.start, 0);
}

TEST_F(Reanchor, AFailedImportLeavesCodingsWhereTheyWere)
{
    const qint64 paragraph = paragraphId(kAustralia2);
    const qint64 id = code(QStringLiteral("论点/能力建设"), kAustralia2, 0, 4);
    NullProgress progress;
    CancelToken cancel;
    // The edited document first (its store orphans the coding), then one whose store fails (a
    // submission naming an entity the database does not know breaks a foreign key): the whole
    // import rolls back, the re-anchoring with it.
    auto edited = Workflow::prepareImport(
        {fixturePath(QStringLiteral("coding-small-edited.zh.txt")), kSymbol, {}}, progress, cancel);
    auto broken = Workflow::prepareImport(
        {fixturePath(QStringLiteral("coding-small.zh.txt")), QStringLiteral("A/00/2"), {}},
        progress, cancel);
    ASSERT_TRUE(edited.ok() && broken.ok());
    broken->document.submissions[0].entityCode = QStringLiteral("ZZZ");
    auto stored = Workflow::storeImports(*m_db, {*edited, *broken}, cancel);
    ASSERT_FALSE(stored.ok());
    const auto c = coding(id);
    EXPECT_FALSE(c.anchor.orphaned);
    EXPECT_EQ(c.anchor.paragraphId, paragraph);
    EXPECT_EQ(paragraphId(kAustralia2), paragraph);
}
