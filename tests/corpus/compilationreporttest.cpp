// Exact expectations on the sample report A/77/96, read through the whole chain into a real
// SQLite file. The expected table was written from the document itself (each state's heading,
// its "[原件：…]" line and its date line), not from the program's output.
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "workflow/importer.h"

#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

struct Expected
{
    const char *code;
    const char *languages;
    QDate date;
};

const Expected kSubmissions[] = {
    {"AUS", "en", {2022, 5, 19}}, {"BLR", "ru", {2022, 5, 16}},    {"BEL", "en", {2022, 5, 18}},
    {"KHM", "en", {2022, 5, 26}}, {"CAN", "en,fr", {2022, 5, 31}}, {"CHN", "zh", {2022, 4, 22}},
    {"CUB", "es", {2022, 5, 31}}, {"EGY", "en", {2022, 5, 31}},    {"DEU", "en", {2022, 5, 30}},
    {"IRL", "en", {2022, 5, 31}}, {"ITA", "en", {2022, 5, 31}},    {"JPN", "en", {2022, 5, 31}},
    {"KAZ", "en", {2022, 5, 23}}, {"KEN", "en", {2022, 5, 31}},    {"MYS", "en", {2022, 5, 31}},
    {"MEX", "es", {2022, 5, 31}}, {"NLD", "en", {2022, 5, 31}},    {"NZL", "en", {2022, 5, 31}},
    {"NIC", "es", {2022, 3, 10}}, {"NOR", "en", {2022, 5, 30}},    {"PAK", "en", {2022, 4, 29}},
    {"PHL", "en", {2022, 5, 31}}, {"KOR", "en", {2022, 5, 31}},    {"RUS", "ru", {2022, 5, 5}},
    {"SAU", "ar", {2022, 5, 27}}, {"ESP", "es", {2022, 5, 31}},    {"SWE", "en", {2022, 5, 31}},
    {"CHE", "en", {2022, 5, 31}}, {"SYR", "ar", {2022, 5, 31}},    {"GBR", "en", {2022, 5, 9}},
    {"USA", "en", {2022, 5, 31}}, {"VEN", "es", {2022, 5, 31}},    {"EUU", "en", {2022, 5, 31}},
};

class CompilationReport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto db = Storage::Database::open(s_dir->filePath(QStringLiteral("corpus.sqlite")));
        ASSERT_TRUE(db.ok());
        NullProgress progress;
        CancelToken cancel;
        const QList<Workflow::ImportRequest> requests{
            {Rapporteur::Test::corpusPath(QStringLiteral("A-77-96.zh.txt")), {}, {}}};
        auto imported = Workflow::importFiles(**db, requests, progress, cancel);
        ASSERT_TRUE(imported.ok()) << imported.error().userMessage.toStdString();
        Storage::CorpusRepository repo(**db);
        s_submissions = new QList<Storage::SubmissionRecord>(*repo.submissions());
        s_paragraphs = new QList<Storage::ParagraphRecord>(
            *repo.paragraphsOfDocument(QStringLiteral("A/77/96")));
        s_warnings = new QStringList(imported->first().warnings);
    }
    static void TearDownTestSuite()
    {
        delete s_submissions;
        delete s_paragraphs;
        delete s_warnings;
        delete s_dir;
    }
    static const Storage::SubmissionRecord *byCode(const char *code)
    {
        for (const auto &s : *s_submissions) {
            if (s.entity && s.entity->code == QLatin1String(code))
                return &s;
        }
        return nullptr;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QList<Storage::SubmissionRecord> *s_submissions = nullptr;
    static inline QList<Storage::ParagraphRecord> *s_paragraphs = nullptr;
    static inline QStringList *s_warnings = nullptr;
};

} // namespace

TEST_F(CompilationReport, ThirtyThreeSubmissionsInDocumentOrder)
{
    ASSERT_EQ(s_submissions->size(), 33);
    for (int i = 0; i < 33; ++i) {
        const auto &s = (*s_submissions)[i];
        ASSERT_TRUE(s.entity.has_value()) << s.heading.toStdString();
        EXPECT_EQ(s.entity->code, QLatin1String(kSubmissions[i].code)) << i;
        EXPECT_EQ(s.languages.join(u','), QLatin1String(kSubmissions[i].languages)) << i;
        EXPECT_EQ(s.date, kSubmissions[i].date) << kSubmissions[i].code;
        EXPECT_EQ(s.document, QStringLiteral("A/77/96"));
    }
    EXPECT_TRUE(s_warnings->isEmpty()) << s_warnings->join(u'\n').toStdString();
}

TEST_F(CompilationReport, NamesResolveToOfficialEntities)
{
    const auto *nld = byCode("NLD");
    ASSERT_NE(nld, nullptr);
    EXPECT_EQ(nld->heading, QStringLiteral("荷兰")); // as written in 2022
    EXPECT_EQ(nld->entity->nameZh, QStringLiteral("荷兰王国"));
    const auto *gbr = byCode("GBR");
    ASSERT_NE(gbr, nullptr);
    EXPECT_EQ(gbr->entity->nameEn,
              QStringLiteral("United Kingdom of Great Britain and Northern Ireland"));
}

TEST_F(CompilationReport, EuropeanUnionSitsUnderGroupB)
{
    const auto *eu = byCode("EUU");
    ASSERT_NE(eu, nullptr);
    EXPECT_EQ(eu->group, QStringLiteral("B. 欧洲联盟"));
    EXPECT_EQ(byCode("AUS")->group, QStringLiteral("A. 各国政府"));
    EXPECT_EQ(eu->section, QStringLiteral("二. 答复"));
}

TEST_F(CompilationReport, NoPageArtefactInsideParagraphs)
{
    QStringList footnoteTexts;
    for (const auto &p : *s_paragraphs)
        for (const auto &f : p.footnotes) {
            footnoteTexts.append(f.text);
        }
    ASSERT_FALSE(footnoteTexts.isEmpty());
    static const QRegularExpression jobNumber(QStringLiteral(R"((^|\s)\d{2}-\d{5}(\s|$))"));
    static const QRegularExpression pageOfPages(QStringLiteral(R"(^\d+/\d+$|\s\d+/68\b)"));
    for (const auto &p : *s_paragraphs) {
        const std::string where = p.text.left(40).toStdString();
        EXPECT_FALSE(p.text.contains(QStringLiteral("http"))) << where;
        EXPECT_FALSE(p.text.contains(QStringLiteral("____"))) << where;
        EXPECT_FALSE(p.text.contains(u'\n')) << where;
        EXPECT_NE(p.text, QStringLiteral("A/77/96")) << where;
        EXPECT_FALSE(p.text.contains(jobNumber)) << where;
        EXPECT_FALSE(p.text.contains(pageOfPages)) << where;
        for (const QString &f : footnoteTexts)
            EXPECT_FALSE(p.text.contains(f)) << where;
    }
}

TEST_F(CompilationReport, NoParagraphBreaksInsideASentence)
{
    // Running text ends where a sentence ends; only headings and list items may end without.
    static const QString closers = QStringLiteral("。；：！？.;:!?”）)");
    for (const auto &p : *s_paragraphs) {
        if (p.kind != ParagraphKind::Body)
            continue;
        EXPECT_TRUE(closers.contains(p.text.back())) << p.text.right(40).toStdString();
    }
}

TEST_F(CompilationReport, AustraliaGroupSubHeadingStaysInAustraliasSubmission)
{
    const auto *aus = byCode("AUS");
    ASSERT_NE(aus, nullptr);
    const Storage::ParagraphRecord *heading = nullptr;
    for (const auto &p : *s_paragraphs) {
        if (p.text == QStringLiteral("澳大利亚集团"))
            heading = &p;
    }
    ASSERT_NE(heading, nullptr);
    EXPECT_EQ(heading->kind, ParagraphKind::Heading);
    EXPECT_EQ(heading->submissionId, aus->id);
    EXPECT_EQ(byCode("BLR")->ordinal, 1); // no submission was opened between them
}

TEST_F(CompilationReport, FoundingStatesFootnoteIsAttachedToItsParagraph)
{
    const Storage::ParagraphRecord *owner = nullptr;
    for (const auto &p : *s_paragraphs) {
        for (const auto &f : p.footnotes) {
            if (f.text.startsWith(QStringLiteral("澳大利亚、比利时")))
                owner = &p;
        }
    }
    ASSERT_NE(owner, nullptr);
    EXPECT_TRUE(
        owner->text.startsWith(QStringLiteral("澳大利亚提议召开了一次 15 个国家的非正式会议")));
    EXPECT_EQ(owner->submissionId, byCode("AUS")->id);
    const Footnote &f = owner->footnotes.first();
    EXPECT_EQ(f.marker, QStringLiteral("1"));
    EXPECT_EQ(f.text.split(u'、').size(), 15);
    EXPECT_EQ(f.text, QStringLiteral(
                          "澳大利亚、比利时、加拿大、丹麦、法国、德国、希腊、爱尔兰、意大利、日本、"
                          "卢森堡、荷兰、新西兰、英国、美国。"));
    // The marker left the text; its anchor is where it stood, after "清单。".
    EXPECT_EQ(owner->text.left(f.anchor).right(3), QStringLiteral("清单。"));
    EXPECT_FALSE(owner->text.contains(QStringLiteral("清单。1")));
}

TEST_F(CompilationReport, LinkTargetsBecomeLinksOfCitingParagraphs)
{
    int linked = 0;
    for (const auto &p : *s_paragraphs) {
        for (const auto &l : p.links) {
            ++linked;
            if (l.symbol == QStringLiteral("A/RES/76/234")) {
                EXPECT_TRUE(p.text.contains(QStringLiteral("76/234")))
                    << p.text.left(40).toStdString();
            }
        }
    }
    EXPECT_GT(linked, 0);
}

TEST_F(CompilationReport, LetterSpacedRunIsCollapsed)
{
    bool found = false;
    for (const auto &p : *s_paragraphs) {
        EXPECT_FALSE(p.text.contains(QStringLiteral("成 员 资 格")));
        found = found || p.text.contains(QStringLiteral("成员资格标准可在澳大利亚集团网站"));
    }
    EXPECT_TRUE(found);
}
