// The language versions of one document: stored side by side under one symbol, each with its own
// ids; a symbol without a language means the version imported first, whose decisions count once.
#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/voterepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using namespace Rapporteur::Test;

namespace {

const QString kSymbol = QStringLiteral("A/77/96");

ParsedDocument englishVersion()
{
    ParsedDocument doc = sampleDocument();
    doc.language = QStringLiteral("en");
    doc.title = QStringLiteral("Developments in the field of information and telecommunications");
    doc.submissions[0].heading = QStringLiteral("Australia");
    for (Paragraph &p : doc.paragraphs)
        p.text = QStringLiteral("English: ") + p.text;
    return doc;
}

// One recorded vote of two states for and one against, as a version of a report records it.
ParsedDocument withVote(ParsedDocument doc, const char *against)
{
    RecordedVote vote;
    vote.subjectKind = VoteSubjectKind::WholeDraft;
    vote.statedYes = 1;
    vote.statedNo = 1;
    vote.statedAbstain = 0;
    vote.yes = {NamedEntity{QStringLiteral("Australia"), QStringLiteral("AUS")}};
    vote.no = {NamedEntity{QString::fromLatin1(against), QString::fromLatin1(against)}};
    doc.votes = {vote};
    return doc;
}

class DocumentVersionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
        m_repository = std::make_unique<CorpusRepository>(*m_db);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("corpus.sqlite")); }

    Result<StoreOutcome> store(const ParsedDocument &doc, const QString &hash)
    {
        QList<Entity> entities = sampleEntities();
        for (const char *code : {"CHN", "JPN"}) {
            Entity e;
            e.code = QString::fromLatin1(code);
            e.kind = EntityKind::MemberState;
            entities.append(e);
        }
        return m_repository->storeDocument(doc, QStringLiteral("/corpus/a.pdf"), hash, entities);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CorpusRepository> m_repository;
};

} // namespace

TEST_F(DocumentVersionsTest, AnotherLanguageIsStoredBesideTheFirstWithIdsOfItsOwn)
{
    auto chinese = store(sampleDocument(), QStringLiteral("hash-zh"));
    ASSERT_TRUE(chinese.ok()) << chinese.error().detail.toStdString();
    auto chineseParagraphs = m_repository->paragraphsOfDocument(kSymbol);
    ASSERT_TRUE(chineseParagraphs.ok());

    auto english = store(englishVersion(), QStringLiteral("hash-en"));
    ASSERT_TRUE(english.ok()) << english.error().detail.toStdString();
    EXPECT_EQ(english->kind, StoreOutcome::Kind::Inserted);
    EXPECT_NE(english->documentId, chinese->documentId);

    auto documents = m_repository->documents();
    ASSERT_TRUE(documents.ok());
    ASSERT_EQ(documents->size(), 2);
    EXPECT_EQ((*documents)[0].language, QStringLiteral("zh"));
    EXPECT_EQ((*documents)[1].language, QStringLiteral("en"));
    EXPECT_EQ((*documents)[1].symbol, kSymbol);

    // The symbol alone is the version imported first; a language picks the other.
    auto primary = m_repository->document(kSymbol);
    ASSERT_TRUE(primary.ok() && primary->has_value());
    EXPECT_EQ((*primary)->language, QStringLiteral("zh"));
    auto en = m_repository->document(kSymbol, QStringLiteral("en"));
    ASSERT_TRUE(en.ok() && en->has_value());
    EXPECT_EQ((*en)->id, english->documentId);
    EXPECT_EQ((*en)->title, englishVersion().title);

    auto englishParagraphs = m_repository->paragraphsOfDocument(kSymbol, QStringLiteral("en"));
    ASSERT_TRUE(englishParagraphs.ok());
    ASSERT_EQ(englishParagraphs->size(), chineseParagraphs->size());
    EXPECT_TRUE((*englishParagraphs)[0].text.startsWith(QStringLiteral("English: ")));
    EXPECT_EQ((*englishParagraphs)[0].documentLanguage, QStringLiteral("en"));
    auto submissions = m_repository->submissions(kSymbol, QStringLiteral("en"));
    ASSERT_TRUE(submissions.ok());
    ASSERT_EQ(submissions->size(), 1);
    EXPECT_EQ((*submissions)[0].heading, QStringLiteral("Australia"));
    EXPECT_EQ((*submissions)[0].documentLanguage, QStringLiteral("en"));
    // Every version's submissions when no document is named.
    auto all = m_repository->submissions();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2);

    // The Chinese version is untouched: same paragraphs, same ids.
    auto again = m_repository->paragraphsOfDocument(kSymbol, QStringLiteral("zh"));
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), chineseParagraphs->size());
    for (qsizetype i = 0; i < again->size(); ++i) {
        EXPECT_EQ((*again)[i].id, (*chineseParagraphs)[i].id);
        EXPECT_EQ((*again)[i].text, (*chineseParagraphs)[i].text);
    }
}

TEST_F(DocumentVersionsTest, ReimportingOneVersionLeavesTheOtherAsItWas)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-zh")).ok());
    ASSERT_TRUE(store(englishVersion(), QStringLiteral("hash-en")).ok());
    const QString chineseBefore =
        queryValue(*m_db, "SELECT group_concat(id || text, '|') FROM paragraph "
                          "WHERE document_id = (SELECT id FROM document WHERE language = 'zh')");

    auto same = store(englishVersion(), QStringLiteral("hash-en"));
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same->kind, StoreOutcome::Kind::Unchanged);

    ParsedDocument revised = englishVersion();
    revised.paragraphs.last().text = QStringLiteral("A revised last paragraph.");
    auto replaced = store(revised, QStringLiteral("hash-en-2"));
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->kind, StoreOutcome::Kind::Replaced);
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM document"), QStringLiteral("2"));
    EXPECT_EQ(queryValue(*m_db,
                         "SELECT group_concat(id || text, '|') FROM paragraph "
                         "WHERE document_id = (SELECT id FROM document WHERE language = 'zh')"),
              chineseBefore);
}

// A vote both versions record is one decision: reading every document's votes takes the primary
// version's; the other's stay readable by asking for its language.
TEST_F(DocumentVersionsTest, AVoteRecordedInTwoVersionsCountsOnce)
{
    ASSERT_TRUE(store(withVote(sampleDocument(), "CHN"), QStringLiteral("hash-zh")).ok());
    ASSERT_TRUE(store(withVote(englishVersion(), "JPN"), QStringLiteral("hash-en")).ok());
    VoteRepository votes(*m_db);

    auto every = votes.votes();
    ASSERT_TRUE(every.ok()) << every.error().detail.toStdString();
    ASSERT_EQ(every->size(), 1);
    ASSERT_EQ((*every)[0].no.size(), 1);
    EXPECT_EQ((*every)[0].no[0].code, QStringLiteral("CHN"));

    auto ofSymbol = votes.votes(kSymbol);
    ASSERT_TRUE(ofSymbol.ok());
    ASSERT_EQ(ofSymbol->size(), 1);
    EXPECT_EQ((*ofSymbol)[0].no[0].code, QStringLiteral("CHN"));

    auto english = votes.votes(kSymbol, QStringLiteral("en"));
    ASSERT_TRUE(english.ok());
    ASSERT_EQ(english->size(), 1);
    EXPECT_EQ((*english)[0].no[0].code, QStringLiteral("JPN"));
}

TEST_F(DocumentVersionsTest, AVersionTheDocumentDoesNotHaveIsNotFound)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-zh")).ok());
    auto french = m_repository->submissions(kSymbol, QStringLiteral("fr"));
    ASSERT_FALSE(french.ok());
    EXPECT_EQ(french.error().code, ErrorCode::NotFound);
    EXPECT_EQ(french.error().userMessage,
              QStringLiteral("no fr version of A/77/96 in the database"));
    auto votes = VoteRepository(*m_db).votes(kSymbol, QStringLiteral("fr"));
    ASSERT_FALSE(votes.ok());
    EXPECT_EQ(votes.error().code, ErrorCode::NotFound);
    auto document = m_repository->document(kSymbol, QStringLiteral("fr"));
    ASSERT_TRUE(document.ok());
    EXPECT_FALSE(document->has_value());
}

// Renaming a document renames every version of it.
TEST_F(DocumentVersionsTest, RenameTakesEveryVersion)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-zh")).ok());
    ASSERT_TRUE(store(englishVersion(), QStringLiteral("hash-en")).ok());
    ASSERT_TRUE(m_repository->renameDocument(kSymbol, QStringLiteral("A/77/96/Rev.1")).ok());
    EXPECT_EQ(queryValue(*m_db, "SELECT group_concat(symbol || ' ' || language, '|') FROM "
                                "(SELECT * FROM document ORDER BY id)"),
              QStringLiteral("A/77/96/Rev.1 zh|A/77/96/Rev.1 en"));
}

// A database of the previous schema (symbol unique on its own) keeps every document, its id and
// the high-water mark of ids, and takes a second language from then on.
TEST_F(DocumentVersionsTest, DatabaseOfThePreviousSchemaKeepsIdsAndTakesVersions)
{
    m_repository.reset();
    m_db.reset();
    const QString old = m_dir.filePath(QStringLiteral("schema13.sqlite"));
    // Documents 1 and 3; 4 was imported and deleted, so the next id must be 5.
    ASSERT_EQ(createAtSchema(old, 13,
                             "INSERT INTO document (id, symbol, language, content_hash, "
                             "imported_at) VALUES "
                             "(1, 'A/1/1', 'zh', 'h1', '2024-01-01T00:00:00Z'), "
                             "(3, 'A/77/96', 'zh', 'h3', '2024-01-01T00:00:00Z'), "
                             "(4, 'A/2/2', 'zh', 'h4', '2024-01-01T00:00:00Z'); "
                             "DELETE FROM document WHERE id = 4; "
                             "INSERT INTO paragraph (document_id, ordinal, key, kind, text) "
                             "VALUES (3, 0, 'k#0', 'body', '各国的出口管制制度。');"),
              QString());

    auto reopened = Database::open(old);
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail.toStdString();
    m_db = std::move(reopened).value();
    m_repository = std::make_unique<CorpusRepository>(*m_db);
    EXPECT_EQ(m_db->schemaVersion(), Database::knownSchemaVersion());
    EXPECT_EQ(queryValue(*m_db, "SELECT group_concat(id || symbol, '|') FROM document"),
              QStringLiteral("1A/1/1|3A/77/96"));
    EXPECT_EQ(queryValue(*m_db, "SELECT document_id FROM paragraph"), QStringLiteral("3"));
    EXPECT_EQ(queryValue(*m_db, "PRAGMA foreign_keys"), QStringLiteral("1"));

    auto english = store(englishVersion(), QStringLiteral("hash-en"));
    ASSERT_TRUE(english.ok()) << english.error().detail.toStdString();
    EXPECT_EQ(english->kind, StoreOutcome::Kind::Inserted);
    EXPECT_EQ(english->documentId, 5);
    // The paragraph of the old document still reads, and is still found by search.
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM paragraph WHERE document_id = 3"),
              QStringLiteral("1"));
}
