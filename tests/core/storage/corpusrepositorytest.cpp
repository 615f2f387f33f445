#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using namespace Rapporteur::Test;

namespace {

class CorpusRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("corpus.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
        m_repository = std::make_unique<CorpusRepository>(*m_db);
    }

    StoreOutcome store(const ParsedDocument &doc, const QString &hash = QStringLiteral("hash-1"))
    {
        auto outcome = m_repository->storeDocument(doc, QStringLiteral("/corpus/A_77_96.pdf"), hash,
                                                   sampleEntities());
        EXPECT_TRUE(outcome.ok()) << outcome.error().detail.toStdString();
        return outcome.ok() ? *outcome : StoreOutcome{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CorpusRepository> m_repository;
};

} // namespace

TEST_F(CorpusRepositoryTest, StoredDocumentReadsBackWithExactValues)
{
    const ParsedDocument doc = sampleDocument();
    const StoreOutcome outcome = store(doc, QStringLiteral("sha256:abc"));
    EXPECT_EQ(outcome.kind, StoreOutcome::Kind::Inserted);
    EXPECT_GT(outcome.documentId, 0);

    auto documents = m_repository->documents();
    ASSERT_TRUE(documents.ok()) << documents.error().detail.toStdString();
    ASSERT_EQ(documents->size(), 1);
    const DocumentRecord &d = documents->first();
    EXPECT_EQ(d.id, outcome.documentId);
    EXPECT_EQ(d.symbol, QStringLiteral("A/77/96"));
    EXPECT_FALSE(d.symbolProvisional);
    EXPECT_EQ(d.title, QStringLiteral("从国际安全角度看信息和电信领域的发展"));
    EXPECT_EQ(d.language, QStringLiteral("zh"));
    EXPECT_EQ(d.sourcePath, QStringLiteral("/corpus/A_77_96.pdf"));
    EXPECT_EQ(d.contentHash, QStringLiteral("sha256:abc"));
    EXPECT_EQ(d.pageCount, 12);
    EXPECT_EQ(d.submissionCount, 1);
    EXPECT_EQ(d.paragraphCount, 5);
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)"))
                    .match(d.importedAt)
                    .hasMatch())
        << d.importedAt.toStdString();
    EXPECT_EQ(d.warnings, doc.warnings);
    EXPECT_EQ(d.notes, doc.notes);

    auto single = m_repository->document(QStringLiteral("A/77/96"));
    ASSERT_TRUE(single.ok() && single->has_value());
    EXPECT_EQ((*single)->id, d.id);
    EXPECT_EQ((*single)->warnings, doc.warnings);
    EXPECT_EQ((*single)->notes, doc.notes);

    auto submissions = m_repository->submissions(QStringLiteral("A/77/96"));
    ASSERT_TRUE(submissions.ok()) << submissions.error().detail.toStdString();
    ASSERT_EQ(submissions->size(), 1);
    const SubmissionRecord &s = submissions->first();
    EXPECT_GT(s.id, 0);
    EXPECT_EQ(s.document, QStringLiteral("A/77/96"));
    EXPECT_EQ(s.ordinal, 0);
    EXPECT_EQ(s.heading, QStringLiteral("澳大利亚"));
    ASSERT_TRUE(s.entity.has_value());
    EXPECT_EQ(s.entity->code, QStringLiteral("AUS"));
    EXPECT_EQ(s.entity->nameZh, QStringLiteral("澳大利亚"));
    EXPECT_EQ(s.entity->nameEn, QStringLiteral("Australia"));
    EXPECT_EQ(s.languages, QStringList({QStringLiteral("en"), QStringLiteral("zh")}));
    EXPECT_EQ(s.date, QDate(2022, 5, 31));
    EXPECT_EQ(s.group, QStringLiteral("A. 各国政府"));
    EXPECT_EQ(s.section, QStringLiteral("二. 答复"));
    EXPECT_EQ(s.page, 3);
    EXPECT_EQ(s.paragraphCount, 3);

    auto byId = m_repository->submission(s.id);
    ASSERT_TRUE(byId.ok() && byId->has_value());
    EXPECT_EQ((*byId)->heading, s.heading);
    EXPECT_EQ((*byId)->paragraphCount, 3);

    auto paragraphs = m_repository->paragraphsOfDocument(QStringLiteral("A/77/96"));
    ASSERT_TRUE(paragraphs.ok()) << paragraphs.error().detail.toStdString();
    ASSERT_EQ(paragraphs->size(), doc.paragraphs.size());
    for (qsizetype i = 0; i < doc.paragraphs.size(); ++i) {
        const Paragraph &expected = doc.paragraphs[i];
        const ParagraphRecord &p = paragraphs->at(i);
        SCOPED_TRACE(i);
        EXPECT_EQ(p.document, QStringLiteral("A/77/96"));
        EXPECT_EQ(p.ordinal, i);
        EXPECT_EQ(p.kind, expected.kind);
        EXPECT_EQ(p.text, expected.text);
        EXPECT_EQ(p.page, expected.page);
        EXPECT_EQ(p.section, expected.section);
        EXPECT_EQ(p.submissionId,
                  expected.submission < 0 ? std::nullopt : std::optional<qint64>(s.id));
        EXPECT_EQ(p.footnotes, expected.footnotes);
        EXPECT_EQ(p.links, expected.links);
        EXPECT_EQ(p.sentenceEnds, expected.sentenceEnds);
    }
    EXPECT_EQ(paragraphs->at(3).footnotes.at(0).anchor, 13);
    EXPECT_EQ(paragraphs->at(3).footnotes.at(1).anchor, -1);
    EXPECT_EQ(paragraphs->at(3).links.at(1).symbol, QString());

    auto ofSubmission = m_repository->paragraphsOfSubmission(s.id);
    ASSERT_TRUE(ofSubmission.ok()) << ofSubmission.error().detail.toStdString();
    ASSERT_EQ(ofSubmission->size(), 3);
    EXPECT_EQ(ofSubmission->at(0).text, QStringLiteral("澳大利亚"));
    EXPECT_EQ(ofSubmission->at(1).id, paragraphs->at(3).id);
    EXPECT_EQ(ofSubmission->at(1).footnotes, doc.paragraphs[3].footnotes);
    EXPECT_EQ(ofSubmission->at(1).links, doc.paragraphs[3].links);
    EXPECT_EQ(ofSubmission->at(2).kind, ParagraphKind::ListItem);
}

TEST_F(CorpusRepositoryTest, EntityIsStoredWithKindAndAliases)
{
    store(sampleDocument());
    EXPECT_EQ(queryValue(*m_db, "SELECT kind || '|' || name_en || '|' || name_zh || '|' || "
                                "aliases_zh FROM entity WHERE code = 'AUS'"),
              QStringLiteral("member_state|Australia|澳大利亚|[\"澳洲\",\"澳大利亚联邦\"]"));
}

TEST_F(CorpusRepositoryTest, TextOutsideTheBmpRoundTrips)
{
    const QString rare = QStringLiteral("𠀀𪚥"); // U+20000, U+2A6A5: surrogate pairs in UTF-16
    ParsedDocument doc = sampleDocument();
    doc.title = rare + QStringLiteral("报告");
    doc.submissions[0].heading = rare;
    doc.paragraphs[3].text = QStringLiteral("甲") + rare + QStringLiteral("乙。");
    doc.paragraphs[3].sentenceEnds = {6};
    doc.paragraphs[3].footnotes = {Footnote{rare, rare + QStringLiteral("注"), 3}};
    store(doc);

    auto document = m_repository->document(doc.symbol);
    ASSERT_TRUE(document.ok() && document->has_value());
    EXPECT_EQ((*document)->title, doc.title);
    auto submissions = m_repository->submissions(doc.symbol);
    ASSERT_TRUE(submissions.ok() && submissions->size() == 1);
    EXPECT_EQ(submissions->first().heading, rare);
    auto paragraphs = m_repository->paragraphsOfDocument(doc.symbol);
    ASSERT_TRUE(paragraphs.ok() && paragraphs->size() == 5);
    EXPECT_EQ(paragraphs->at(3).text, doc.paragraphs[3].text);
    EXPECT_EQ(paragraphs->at(3).text.size(), 7);
    EXPECT_EQ(paragraphs->at(3).sentenceEnds, QList<int>{6});
    EXPECT_EQ(paragraphs->at(3).footnotes, doc.paragraphs[3].footnotes);
    // SQLite stores UTF-8 and counts characters: two code points, not four UTF-16 units.
    EXPECT_EQ(queryValue(*m_db, "SELECT length(heading) FROM submission"), QStringLiteral("2"));
}

// Paragraphs and footnotes travel to SQLite many rows per statement (DocumentWriter's RowBatch):
// every string must still arrive as written, whatever it holds, and an empty one as ''.
TEST_F(CorpusRepositoryTest, StringsOfAnyCharactersAndEmptyStringsRoundTrip)
{
    const QString odd = QStringLiteral("引号\" 反斜杠\\ 换行\n 制表\t ") + QChar(0x1f) +
                        QStringLiteral(" [1,2] null ") + QChar(u'\0') + QStringLiteral("后");
    ParsedDocument doc = sampleDocument();
    doc.paragraphs[1].text = odd;
    doc.paragraphs[1].section = odd;
    doc.paragraphs[2].section.clear();
    for (Paragraph &p : doc.paragraphs)
        p.footnotes.clear();
    // The only footnote has no characters at all: the batch's strings are empty.
    doc.paragraphs[3].footnotes = {Footnote{QString(), QString(), -1}};
    store(doc);

    auto paragraphs = m_repository->paragraphsOfDocument(doc.symbol);
    ASSERT_TRUE(paragraphs.ok() && paragraphs->size() == doc.paragraphs.size());
    EXPECT_EQ(paragraphs->at(1).text, odd);
    EXPECT_EQ(paragraphs->at(1).section, odd);
    EXPECT_EQ(paragraphs->at(2).section, QString());
    EXPECT_EQ(paragraphs->at(3).footnotes, doc.paragraphs[3].footnotes);
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM footnote WHERE marker = '' AND text = ''"),
              QStringLiteral("1"));
    // The characters after U+0000 are stored too, not cut off at it.
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM paragraph WHERE instr(CAST(text AS BLOB), "
                                "CAST('后' AS BLOB)) > 0"),
              QStringLiteral("1"));
}

TEST_F(CorpusRepositoryTest, DocumentsAreListedInImportOrder)
{
    ParsedDocument second = sampleDocument();
    second.symbol = QStringLiteral("A/76/135");
    ParsedDocument third = sampleDocument();
    third.symbol = QStringLiteral("A/75/123");
    store(sampleDocument());
    store(second);
    store(third);

    auto documents = m_repository->documents();
    ASSERT_TRUE(documents.ok());
    ASSERT_EQ(documents->size(), 3);
    EXPECT_EQ(documents->at(0).symbol, QStringLiteral("A/77/96"));
    EXPECT_EQ(documents->at(1).symbol, QStringLiteral("A/76/135"));
    EXPECT_EQ(documents->at(2).symbol, QStringLiteral("A/75/123"));

    auto all = m_repository->submissions();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).document, QStringLiteral("A/77/96"));
    EXPECT_EQ(all->at(2).document, QStringLiteral("A/75/123"));
}

TEST_F(CorpusRepositoryTest, SubmissionsFollowDocumentOrderAndUnresolvedHaveNoEntity)
{
    ParsedDocument doc = sampleDocument();
    Submission unknown;
    unknown.heading = QStringLiteral("某国");
    doc.submissions.append(unknown);
    doc.paragraphs.append(bodyParagraph(QStringLiteral("某国的答复。"), 1));
    store(doc);

    auto submissions = m_repository->submissions(doc.symbol);
    ASSERT_TRUE(submissions.ok());
    ASSERT_EQ(submissions->size(), 2);
    EXPECT_EQ(submissions->at(0).heading, QStringLiteral("澳大利亚"));
    EXPECT_EQ(submissions->at(1).ordinal, 1);
    EXPECT_EQ(submissions->at(1).heading, QStringLiteral("某国"));
    EXPECT_FALSE(submissions->at(1).entity.has_value());
    EXPECT_TRUE(submissions->at(1).languages.isEmpty());
    EXPECT_FALSE(submissions->at(1).date.isValid());
    EXPECT_EQ(submissions->at(1).paragraphCount, 1);
}

TEST_F(CorpusRepositoryTest, UnknownKeysAreNotFoundOrEmpty)
{
    store(sampleDocument());
    auto document = m_repository->document(QStringLiteral("A/1/1"));
    ASSERT_TRUE(document.ok());
    EXPECT_FALSE(document->has_value());
    auto submission = m_repository->submission(999);
    ASSERT_TRUE(submission.ok());
    EXPECT_FALSE(submission->has_value());

    auto paragraphs = m_repository->paragraphsOfDocument(QStringLiteral("A/1/1"));
    ASSERT_FALSE(paragraphs.ok());
    EXPECT_EQ(paragraphs.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(paragraphs.error().userMessage.contains(QStringLiteral("A/1/1")));
    auto submissions = m_repository->submissions(QStringLiteral("A/1/1"));
    ASSERT_FALSE(submissions.ok());
    EXPECT_EQ(submissions.error().code, ErrorCode::NotFound);
    auto ofSubmission = m_repository->paragraphsOfSubmission(999);
    ASSERT_FALSE(ofSubmission.ok());
    EXPECT_EQ(ofSubmission.error().code, ErrorCode::NotFound);
}

TEST_F(CorpusRepositoryTest, ParagraphPointingAtMissingSubmissionIsRefused)
{
    ParsedDocument doc = sampleDocument();
    doc.paragraphs[1].submission = 5;
    auto outcome = m_repository->storeDocument(doc, {}, QStringLiteral("h"), sampleEntities());
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().userMessage.contains(QStringLiteral("A/77/96")));
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM document"), QStringLiteral("0"));
}
