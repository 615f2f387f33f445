// Re-importing a document and failing to: what survives, what changes, what is never touched.
#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using namespace Rapporteur::Test;

namespace {

class CorpusRepositoryReimportTest : public ::testing::Test
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
        return m_repository->storeDocument(doc, QStringLiteral("/corpus/a.pdf"), hash,
                                           sampleEntities());
    }

    QList<qint64> paragraphIds(const QString &symbol = QStringLiteral("A/77/96"))
    {
        QList<qint64> ids;
        auto paragraphs = m_repository->paragraphsOfDocument(symbol);
        EXPECT_TRUE(paragraphs.ok());
        if (paragraphs.ok()) {
            for (const ParagraphRecord &p : *paragraphs)
                ids.append(p.id);
        }
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CorpusRepository> m_repository;
};

} // namespace

TEST_F(CorpusRepositoryReimportTest, SameHashIsUnchangedAndWritesNothing)
{
    auto first = store(sampleDocument(), QStringLiteral("hash-1"));
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    const QStringList before = dumpDatabase(*m_db);
    const qint64 changesBefore = m_db->totalChanges();
    const QByteArray fileBefore = fileBytes(path());
    const QByteArray walBefore = fileBytes(path() + QStringLiteral("-wal"));

    // Even a different parse and other entities: the hash says the source is the same file.
    ParsedDocument reparsed = sampleDocument();
    reparsed.title = QStringLiteral("另一个标题");
    QList<Entity> otherEntities = sampleEntities();
    otherEntities[0].nameEn = QStringLiteral("Commonwealth of Australia");
    auto second = m_repository->storeDocument(reparsed, QStringLiteral("/elsewhere.pdf"),
                                              QStringLiteral("hash-1"), otherEntities);
    ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();
    EXPECT_EQ(second->kind, StoreOutcome::Kind::Unchanged);
    EXPECT_EQ(second->documentId, first->documentId);

    EXPECT_EQ(m_db->totalChanges(), changesBefore);
    EXPECT_EQ(dumpDatabase(*m_db), before);
    EXPECT_EQ(fileBytes(path()), fileBefore);
    EXPECT_EQ(fileBytes(path() + QStringLiteral("-wal")), walBefore);
}

TEST_F(CorpusRepositoryReimportTest, ReimportKeepsIdsOfUnchangedParagraphs)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-1")).ok());
    const QList<qint64> before = paragraphIds();
    ASSERT_EQ(before.size(), 5);
    const qint64 highestBefore = *std::max_element(before.begin(), before.end());

    // Corrected text in the body, a new paragraph before the list item, the rest unchanged.
    ParsedDocument changed = sampleDocument();
    changed.paragraphs[3].text = QStringLiteral("澳大利亚支持开放、安全的互联网。");
    changed.paragraphs[3].footnotes.clear();
    changed.paragraphs.insert(4, bodyParagraph(QStringLiteral("新增的段落。"), 0));
    auto outcome = store(changed, QStringLiteral("hash-2"));
    ASSERT_TRUE(outcome.ok()) << outcome.error().detail.toStdString();
    EXPECT_EQ(outcome->kind, StoreOutcome::Kind::Replaced);

    const QList<qint64> after = paragraphIds();
    ASSERT_EQ(after.size(), 6);
    EXPECT_EQ(after[0], before[0]);     // title
    EXPECT_EQ(after[1], before[1]);     // section
    EXPECT_EQ(after[2], before[2]);     // heading
    EXPECT_GT(after[3], highestBefore); // changed text: a new paragraph
    EXPECT_GT(after[4], highestBefore); // inserted
    EXPECT_NE(after[3], after[4]);
    EXPECT_EQ(after[5], before[4]); // list item, moved one place down

    auto paragraphs = m_repository->paragraphsOfDocument(QStringLiteral("A/77/96"));
    ASSERT_TRUE(paragraphs.ok());
    EXPECT_EQ(paragraphs->at(5).ordinal, 5);
    EXPECT_EQ(paragraphs->at(5).text, QStringLiteral("(a) 能力建设；"));
    EXPECT_TRUE(paragraphs->at(3).footnotes.isEmpty());
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM footnote"), QStringLiteral("0"));
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM link"), QStringLiteral("2"));
}

TEST_F(CorpusRepositoryReimportTest, ReimportKeepsDocumentAndSubmissionIds)
{
    auto first = store(sampleDocument(), QStringLiteral("hash-1"));
    ASSERT_TRUE(first.ok());
    auto before = m_repository->submissions(QStringLiteral("A/77/96"));
    ASSERT_TRUE(before.ok() && before->size() == 1);

    // A submission is added in front; Australia's heading is now written differently, but the
    // entity still identifies it.
    ParsedDocument changed = sampleDocument();
    changed.submissions[0].heading = QStringLiteral("澳大利亚联邦");
    Submission front;
    front.heading = QStringLiteral("阿根廷");
    changed.submissions.prepend(front);
    for (Paragraph &p : changed.paragraphs) {
        if (p.submission == 0)
            p.submission = 1;
    }
    auto second = store(changed, QStringLiteral("hash-2"));
    ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();
    EXPECT_EQ(second->documentId, first->documentId);

    auto after = m_repository->submissions(QStringLiteral("A/77/96"));
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 2);
    EXPECT_EQ(after->at(0).heading, QStringLiteral("阿根廷"));
    EXPECT_GT(after->at(0).id, before->at(0).id);
    EXPECT_EQ(after->at(1).id, before->at(0).id);
    EXPECT_EQ(after->at(1).ordinal, 1);
    EXPECT_EQ(after->at(1).heading, QStringLiteral("澳大利亚联邦"));
    EXPECT_EQ(after->at(1).paragraphCount, 3);
    EXPECT_EQ(after->at(0).paragraphCount, 0);
}

TEST_F(CorpusRepositoryReimportTest, DeletedParagraphIdsAreNeverReused)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-1")).ok());
    const QList<qint64> original = paragraphIds();

    ParsedDocument shorter = sampleDocument();
    shorter.paragraphs.removeLast(); // the list item, which holds the highest id
    ASSERT_TRUE(store(shorter, QStringLiteral("hash-2")).ok());
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-3")).ok());

    const QList<qint64> restored = paragraphIds();
    ASSERT_EQ(restored.size(), 5);
    EXPECT_EQ(restored.mid(0, 4), original.mid(0, 4));
    EXPECT_GT(restored[4], original[4]);
}

TEST_F(CorpusRepositoryReimportTest, RepeatedParagraphsKeepTheirIdsInOrder)
{
    ParsedDocument doc = sampleDocument();
    doc.paragraphs.append(bodyParagraph(QStringLiteral("同上。")));
    doc.paragraphs.append(bodyParagraph(QStringLiteral("同上。")));
    ASSERT_TRUE(store(doc, QStringLiteral("hash-1")).ok());
    const QList<qint64> before = paragraphIds();

    doc.paragraphs.append(bodyParagraph(QStringLiteral("同上。")));
    ASSERT_TRUE(store(doc, QStringLiteral("hash-2")).ok());
    const QList<qint64> after = paragraphIds();
    ASSERT_EQ(after.size(), 8);
    EXPECT_EQ(after.mid(0, 7), before);
    EXPECT_GT(after[7], before[6]);
}

TEST_F(CorpusRepositoryReimportTest, UnknownEntityFailsAndLeavesDatabaseAsItWas)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-1")).ok());
    const QStringList before = dumpDatabase(*m_db);

    ParsedDocument changed = sampleDocument();
    changed.paragraphs.removeAt(1);
    changed.submissions[0].entityCode = QStringLiteral("ZZZ"); // in no entity list
    auto outcome = store(changed, QStringLiteral("hash-2"));
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, ErrorCode::Database);
    EXPECT_TRUE(outcome.error().userMessage.contains(QStringLiteral("A/77/96")));
    EXPECT_TRUE(outcome.error().detail.contains(QStringLiteral("FOREIGN KEY")))
        << outcome.error().detail.toStdString();

    EXPECT_FALSE(m_db->inTransaction());
    EXPECT_EQ(dumpDatabase(*m_db), before);
}

TEST_F(CorpusRepositoryReimportTest, FailureLateInReplaceLeavesDatabaseAsItWas)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-1")).ok());
    const QStringList before = dumpDatabase(*m_db);

    // A temporary trigger makes the very last write of the next import fail: by then the old
    // rows have been deleted, moved and rewritten.
    ASSERT_TRUE(m_db->exec("CREATE TEMP TRIGGER fail_late BEFORE INSERT ON main.document_warning "
                           "WHEN NEW.message = 'fail here' "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                    .ok());
    ParsedDocument changed = sampleDocument();
    changed.paragraphs.removeAt(0);
    changed.paragraphs.append(bodyParagraph(QStringLiteral("新的结尾。")));
    changed.submissions[0].heading = QStringLiteral("澳洲");
    changed.warnings.append(QStringLiteral("fail here"));
    auto outcome = store(changed, QStringLiteral("hash-2"));
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().detail.contains(QStringLiteral("injected failure")));

    EXPECT_EQ(dumpDatabase(*m_db), before);

    // And the next attempt starts from a clean state.
    ASSERT_TRUE(m_db->exec("DROP TRIGGER fail_late").ok());
    auto retried = store(changed, QStringLiteral("hash-2"));
    ASSERT_TRUE(retried.ok()) << retried.error().detail.toStdString();
    EXPECT_EQ(retried->kind, StoreOutcome::Kind::Replaced);
}

TEST_F(CorpusRepositoryReimportTest, EntityNamesAreUpdatedByALaterImport)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-1")).ok());
    ParsedDocument other = sampleDocument();
    other.symbol = QStringLiteral("A/78/2");
    QList<Entity> renamed = sampleEntities();
    renamed[0].nameEn = QStringLiteral("Commonwealth of Australia");
    ASSERT_TRUE(m_repository->storeDocument(other, {}, QStringLiteral("hash-9"), renamed).ok());

    auto submissions = m_repository->submissions(QStringLiteral("A/77/96"));
    ASSERT_TRUE(submissions.ok() && submissions->size() == 1);
    ASSERT_TRUE(submissions->first().entity.has_value());
    EXPECT_EQ(submissions->first().entity->nameEn, QStringLiteral("Commonwealth of Australia"));
}

// The notes of a document are read from the file like its warnings: a re-import rewrites them.
TEST_F(CorpusRepositoryReimportTest, ReimportRewritesTheDocumentsOwnNotes)
{
    ASSERT_TRUE(store(sampleDocument(), QStringLiteral("hash-1")).ok());
    ParsedDocument reissued = sampleDocument();
    reissued.notes = {Footnote{QStringLiteral("*"),
                               QStringLiteral("Reissued for technical reasons "
                                              "on 3 March 2026."),
                               -1}};
    auto outcome = store(reissued, QStringLiteral("hash-2"));
    ASSERT_TRUE(outcome.ok()) << outcome.error().detail.toStdString();
    auto document = m_repository->document(QStringLiteral("A/77/96"));
    ASSERT_TRUE(document.ok() && document->has_value());
    EXPECT_EQ((*document)->notes, reissued.notes);
}
