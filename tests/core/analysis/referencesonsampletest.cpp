// Cross-references on the sample corpus (A/77/96 and the committee report A/79/416), imported
// through the real workflow. Expected sets are computed here from the stored paragraphs with plain
// substring and regex scans that share no code with the extractor.
#include "analysis/citedby.h"
#include "analysis/referenceindex.h"

#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "workflow/importer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Analysis::ReferencePlace;
using Analysis::TargetKind;
using Rapporteur::Test::corpusPath;

namespace {

const QString kReport = QStringLiteral("A/77/96");
const QString kCommittee = QStringLiteral("A/79/416");

class ReferencesOnSample : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto db = Storage::Database::open(s_dir->filePath(QStringLiteral("sample.sqlite")));
        ASSERT_TRUE(db.ok());
        s_db = std::move(db).value().release();
        const QList<Workflow::ImportRequest> requests{
            {corpusPath(QStringLiteral("A-77-96.zh.txt")), {}, {}},
            {corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt")),
             kCommittee,
             {}},
        };
        NullProgress progress;
        CancelToken cancel;
        ASSERT_TRUE(Workflow::importFiles(*s_db, requests, progress, cancel).ok());
        Storage::CorpusRepository corpus(*s_db);
        for (const QString &symbol : {kReport, kCommittee})
            s_paragraphs += corpus.paragraphsOfDocument(symbol).value();
        const auto submissions = corpus.submissions();
        ASSERT_TRUE(submissions.ok());
        for (const auto &s : *submissions)
            s_entityOf.insert(s.id, s.entity ? s.entity->code : QString());
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
        s_paragraphs.clear();
        s_entityOf.clear();
    }

    static Analysis::CitedTarget cited(TargetKind kind, const QString &target)
    {
        auto read = Analysis::readCitedTargets(*s_db, Analysis::TargetQuery{kind, target});
        EXPECT_TRUE(read.ok());
        return read && read->size() == 1 ? read->constFirst() : Analysis::CitedTarget{};
    }

    // Paragraphs whose text, footnotes or link targets match the pattern.
    static QSet<qint64> paragraphsMatching(const QRegularExpression &pattern)
    {
        QSet<qint64> ids;
        for (const auto &p : std::as_const(s_paragraphs)) {
            QStringList places{p.text};
            for (const auto &f : p.footnotes)
                places.append(f.text);
            for (const auto &l : p.links)
                places.append(l.target);
            if (std::any_of(places.cbegin(), places.cend(),
                            [&](const QString &s) { return pattern.match(s).hasMatch(); }))
                ids.insert(p.id);
        }
        return ids;
    }

    static QSet<qint64> citingParagraphs(const Analysis::CitedTarget &t)
    {
        QSet<qint64> ids;
        for (const auto &c : t.citations)
            ids.insert(c.paragraph);
        return ids;
    }

    static const Storage::ParagraphRecord *paragraph(qint64 id)
    {
        for (const auto &p : std::as_const(s_paragraphs)) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline Storage::Database *s_db = nullptr;
    static inline QList<Storage::ParagraphRecord> s_paragraphs;
    static inline QHash<qint64, QString> s_entityOf; // submission id → entity code
};

} // namespace

TEST_F(ReferencesOnSample, MtcrAndItsThreeChineseNamesAreOneInstrument)
{
    const QStringList names{QStringLiteral("导弹技术管制制度"),
                            QStringLiteral("导弹及其技术控制制度"),
                            QStringLiteral("导弹技术控制制度")};
    // Each name stands in the sample, so the test would notice one that is not read.
    for (const QString &name : names)
        EXPECT_FALSE(paragraphsMatching(QRegularExpression(name)).isEmpty()) << name.toStdString();
    const QSet<qint64> expected = paragraphsMatching(QRegularExpression(
        QStringLiteral("导弹(及其)?技术(管制|控制)制度|MTCR|Missile Technology Control Regime")));
    const auto mtcr = cited(TargetKind::Instrument, QStringLiteral("MTCR"));
    EXPECT_EQ(citingParagraphs(mtcr), expected);
    EXPECT_GE(expected.size(), 10);
    EXPECT_EQ(mtcr.instrument->nameEn, QStringLiteral("Missile Technology Control Regime"));
    // Asked for by any of its names, it is the same target.
    for (const QString &name : names) {
        const auto query = Analysis::resolveTarget(name);
        ASSERT_TRUE(query.has_value());
        EXPECT_EQ(query->target, QStringLiteral("MTCR"));
    }
}

TEST_F(ReferencesOnSample, Resolution76_234IsCitedByTheReportMostSubmissionsAndTheCommittee)
{
    const QSet<qint64> expected =
        paragraphsMatching(QRegularExpression(QStringLiteral(R"(76\s*/\s*234)")));
    const auto resolution = cited(TargetKind::Document, QStringLiteral("A/RES/76/234"));
    EXPECT_EQ(citingParagraphs(resolution), expected);
    EXPECT_FALSE(resolution.document.has_value()); // the resolution itself is not in the corpus

    // Per state: the paragraphs of its submissions, and so the submissions that cite it.
    QHash<QString, int> expectedPerState;
    bool byReport = false;
    bool byCommittee = false;
    for (const qint64 id : expected) {
        const auto *p = paragraph(id);
        ASSERT_NE(p, nullptr);
        if (p->submissionId && !s_entityOf.value(*p->submissionId).isEmpty())
            ++expectedPerState[s_entityOf.value(*p->submissionId)];
        byReport |= p->document == kReport && !p->submissionId;
        byCommittee |= p->document == kCommittee;
    }
    EXPECT_TRUE(byReport);    // the report's introduction (第 76/234 号决议中)
    EXPECT_TRUE(byCommittee); // the draft's preamble (第 76/234号和 … 第 77/96号决议)
    QHash<QString, int> perState;
    for (const auto &c : resolution.byEntity)
        perState.insert(c.entity.code, c.paragraphs);
    EXPECT_EQ(perState, expectedPerState);
    EXPECT_GT(perState.size(), 33 / 2); // most of the 33 submissions
    EXPECT_EQ(perState.value(QStringLiteral("AUS")), 6);
    bool committeeCites = false;
    for (const auto &c : resolution.citations)
        committeeCites |= c.document == kCommittee && c.place == ReferencePlace::Text;
    EXPECT_TRUE(committeeCites);
}

TEST_F(ReferencesOnSample, CommitteeReportFootnoteLinksToTheReportInTheCorpus)
{
    const auto report = cited(TargetKind::Document, kReport);
    ASSERT_TRUE(report.document.has_value());
    EXPECT_EQ(report.document->symbol, kReport);
    const auto inCorpus = Storage::CorpusRepository(*s_db).document(kReport).value();
    ASSERT_TRUE(inCorpus.has_value());
    EXPECT_EQ(report.document->id, inCorpus->id);
    ASSERT_EQ(report.citations.size(), 1);
    const auto &c = report.citations[0];
    EXPECT_EQ(c.document, kCommittee);
    EXPECT_EQ(c.place, ReferencePlace::Footnote);
    const auto *p = paragraph(c.paragraph);
    ASSERT_NE(p, nullptr);
    ASSERT_EQ(p->footnotes.size(), 1);
    EXPECT_EQ(p->footnotes[0].marker, QStringLiteral("4"));
    EXPECT_EQ(p->footnotes[0].text, QStringLiteral("A/77/96。"));
    // Resolution 77/96, cited beside 76/234, is another document, not in the corpus.
    EXPECT_FALSE(cited(TargetKind::Document, QStringLiteral("A/RES/77/96")).document.has_value());
}

TEST_F(ReferencesOnSample, AustraliaNamesTheAustraliaGroupAndItsHeadingIsNothingElse)
{
    auto matrix = Analysis::readInstrumentMatrix(*s_db);
    ASSERT_TRUE(matrix.ok());
    qsizetype aus = -1;
    for (qsizetype i = 0; i < matrix->entities.size(); ++i) {
        if (matrix->entities[i].code == QStringLiteral("AUS"))
            aus = i;
    }
    qsizetype group = -1;
    for (qsizetype i = 0; i < matrix->instruments.size(); ++i) {
        if (matrix->instruments[i].id == QStringLiteral("AG"))
            group = i;
    }
    ASSERT_GE(aus, 0);
    ASSERT_GE(group, 0);
    // Every 澳大利亚集团 in Australia's paragraphs and footnotes, counted here.
    int expected = 0;
    for (const auto &p : std::as_const(s_paragraphs)) {
        if (!p.submissionId || s_entityOf.value(*p.submissionId) != QStringLiteral("AUS"))
            continue;
        expected += static_cast<int>(p.text.count(QStringLiteral("澳大利亚集团")));
        for (const auto &f : p.footnotes)
            expected += static_cast<int>(f.text.count(QStringLiteral("澳大利亚集团")));
    }
    EXPECT_GT(expected, 0);
    EXPECT_EQ(matrix->mentions[aus][group], expected);

    // The sub-heading 澳大利亚集团 stays in Australia's submission and cites the regime only.
    const auto all = Analysis::readCitedTargets(*s_db);
    ASSERT_TRUE(all.ok());
    for (const auto &p : std::as_const(s_paragraphs)) {
        if (p.kind != ParagraphKind::Heading || p.text != QStringLiteral("澳大利亚集团"))
            continue;
        ASSERT_TRUE(p.submissionId.has_value());
        EXPECT_EQ(s_entityOf.value(*p.submissionId), QStringLiteral("AUS"));
        QStringList targets;
        for (const auto &t : *all) {
            for (const auto &c : t.citations) {
                if (c.paragraph == p.id)
                    targets.append(t.target);
            }
        }
        EXPECT_EQ(targets, QStringList{QStringLiteral("AG")});
    }
}

TEST_F(ReferencesOnSample, ReferencesMissingFromAnOlderDatabaseAreComputedByTheRefresh)
{
    const auto before = cited(TargetKind::Document, QStringLiteral("S/RES/1540(2004)"));
    EXPECT_GT(before.paragraphs, 0);
    // As a database imported before migration 0005 holds them: none, and reading writes nothing.
    ASSERT_TRUE(s_db->exec("DELETE FROM reference; DELETE FROM reference_source;").ok());
    EXPECT_EQ(cited(TargetKind::Document, QStringLiteral("S/RES/1540(2004)")).paragraphs, 0);
    auto refreshed = Analysis::refreshReferences(*s_db);
    ASSERT_TRUE(refreshed.ok());
    EXPECT_EQ(*refreshed, 2); // both sample documents
    const auto after = cited(TargetKind::Document, QStringLiteral("S/RES/1540(2004)"));
    EXPECT_EQ(citingParagraphs(after), citingParagraphs(before));
    EXPECT_EQ(after.mentions, before.mentions);
}
