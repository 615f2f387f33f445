// Search and the concordance on the sample corpus (A/77/96 and the committee report A/79/416),
// imported through the real workflow. Every expected set is computed here from the stored
// paragraphs by a plain substring scan, never written down.
#include "search/concordance.h"
#include "search/querysyntax.h"
#include "search/search.h"

#include "testsupport.h"

#include "referencedata/entityregistry.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/voterepository.h"
#include "workflow/importer.h"

#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Rapporteur;

namespace {

const QString kReport = QStringLiteral("A/77/96");
const QString kCommittee = QStringLiteral("A/79/416");

struct StoredParagraph
{
    qint64 id = 0;
    QString document;
    QString entity;
    QString section;
    QString text;
    QStringList footnotes; // their texts, in order
};

// Where a hit is: a paragraph's text, or one of its footnotes (search finds both).
qint64 place(qint64 paragraph, int footnote = -1)
{
    return paragraph * 2048 + footnote + 1;
}

class SearchOnSample : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto db = Storage::Database::open(s_dir->filePath(QStringLiteral("sample.sqlite")));
        ASSERT_TRUE(db.ok());
        s_db = std::move(db).value().release();
        NullProgress progress;
        CancelToken cancel;
        ASSERT_TRUE(
            Workflow::importFiles(
                *s_db,
                QList<Workflow::ImportRequest>{
                    {Rapporteur::Test::corpusPath(QStringLiteral("A-77-96.zh.txt")), {}, {}},
                    {Rapporteur::Test::corpusPath(
                         QStringLiteral("first-committee-79-item-106-report.zh.txt")),
                     kCommittee,
                     {}}},
                progress, cancel)
                .ok());
        // Every paragraph with its submission's entity, read through the corpus repository.
        const Storage::CorpusRepository corpus(*s_db);
        QHash<qint64, QString> entityOf;
        const auto submissions = corpus.submissions();
        ASSERT_TRUE(submissions.ok());
        for (const auto &s : *submissions)
            entityOf.insert(s.id, s.entity ? s.entity->code : QString());
        s_paragraphs = new QList<StoredParagraph>;
        for (const QString &symbol : {kReport, kCommittee}) {
            const auto paragraphs = corpus.paragraphsOfDocument(symbol);
            ASSERT_TRUE(paragraphs.ok());
            for (const auto &p : *paragraphs) {
                QStringList notes;
                for (const auto &f : p.footnotes)
                    notes.append(f.text);
                s_paragraphs->append({p.id, symbol,
                                      p.submissionId ? entityOf.value(*p.submissionId) : QString(),
                                      p.section, p.text, notes});
            }
        }
    }
    static void TearDownTestSuite()
    {
        delete s_paragraphs;
        delete s_db;
        delete s_dir;
    }

    static QList<Search::SearchHit> hits(const QString &query,
                                         const Search::SearchFilters &filters = {})
    {
        auto found = Search::search(*s_db, query, filters,
                                    ReferenceData::EntityRegistry::builtIn().entities(), -1);
        EXPECT_TRUE(found.ok()) << query.toStdString();
        return found ? *found : QList<Search::SearchHit>{};
    }
    // The places of the hits (place()).
    static QSet<qint64> ids(const QList<Search::SearchHit> &found)
    {
        QSet<qint64> out;
        for (const auto &h : found)
            out.insert(place(h.paragraph.paragraphId, h.paragraph.footnote));
        return out;
    }
    // The substring scan: the places (a paragraph's text, each of its footnotes) that contain
    // the term, in paragraphs that pass `keep`.
    template <typename Keep> static QSet<qint64> scan(const QString &term, Keep keep)
    {
        QSet<qint64> out;
        for (const auto &p : *s_paragraphs) {
            if (!keep(p))
                continue;
            if (p.text.contains(term, Qt::CaseInsensitive))
                out.insert(place(p.id));
            for (int n = 0; n < p.footnotes.size(); ++n) {
                if (p.footnotes[n].contains(term, Qt::CaseInsensitive))
                    out.insert(place(p.id, n));
            }
        }
        return out;
    }
    static QSet<qint64> scan(const QString &term)
    {
        return scan(term, [](const StoredParagraph &) { return true; });
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline Storage::Database *s_db = nullptr;
    static inline QList<StoredParagraph> *s_paragraphs = nullptr;
};

} // namespace

TEST_F(SearchOnSample, ChineseTermsFindExactlyTheParagraphsASubstringScanFinds)
{
    for (const char *term : {"出口", "中国", "制裁", "出口管制", "大规模毁灭性武器"}) {
        const QString t = QString::fromUtf8(term);
        const QSet<qint64> expected = scan(t);
        EXPECT_FALSE(expected.isEmpty()) << term;
        const auto found = hits(t);
        EXPECT_EQ(ids(found), expected) << term;
        EXPECT_EQ(found.size(), expected.size()) << term; // each paragraph once
        for (const auto &h : found)
            EXPECT_TRUE(h.snippet.contains(QStringLiteral("【") + t + QStringLiteral("】")))
                << term << " " << h.snippet.toStdString();
    }
}

// Footnotes are searched too: a term in a footnote is a hit there, with the footnote's marker,
// and its snippet and offsets in the footnote's text.
TEST_F(SearchOnSample, FootnotesAreSearchedAndSaySo)
{
    // Kenya's submission cites Orlov in two footnotes, 2 and 8 (read in the sample text), and
    // never names him in its paragraphs.
    const QString term = QStringLiteral("奥尔洛夫");
    const auto found = hits(term);
    EXPECT_EQ(ids(found), scan(term));
    QStringList markers;
    for (const auto &h : found) {
        const Storage::SearchRow &row = h.paragraph;
        EXPECT_EQ(row.entityCode, QStringLiteral("KEN"));
        EXPECT_TRUE(h.snippet.contains(QStringLiteral("【") + term + QStringLiteral("】")));
        ASSERT_EQ(h.matches.size(), 1);
        EXPECT_EQ(row.text.mid(h.matches[0].start, h.matches[0].end - h.matches[0].start), term);
        ASSERT_GE(row.footnote, 0);
        const auto paragraph = std::find_if(s_paragraphs->cbegin(), s_paragraphs->cend(),
                                            [&](const auto &p) { return p.id == row.paragraphId; });
        ASSERT_NE(paragraph, s_paragraphs->cend());
        EXPECT_EQ(row.text, paragraph->footnotes.value(row.footnote));
        markers.append(row.footnoteMarker);
    }
    markers.sort();
    EXPECT_EQ(markers, (QStringList{QStringLiteral("2"), QStringLiteral("8")}));

    // The concordance lists both, from the footnotes.
    auto lines = Search::concordance(*s_db, term, {});
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->lines.size(), 2);
    for (const auto &line : lines->lines)
        EXPECT_GE(line.footnote, 0);
}

// A term in text and in footnotes: every place is found, text hits first.
TEST_F(SearchOnSample, TextHitsComeBeforeFootnoteHits)
{
    const QString term = QStringLiteral("原子能机构");
    const auto found = hits(term);
    EXPECT_EQ(ids(found), scan(term));
    const auto firstNote = std::find_if(found.cbegin(), found.cend(),
                                        [](const auto &h) { return h.paragraph.footnote >= 0; });
    ASSERT_NE(firstNote, found.cbegin()); // some text hits
    ASSERT_NE(firstNote, found.cend());   // and some in footnotes
    EXPECT_TRUE(std::all_of(firstNote, found.cend(),
                            [](const auto &h) { return h.paragraph.footnote >= 0; }));
}

TEST_F(SearchOnSample, ChinaInsideDevelopingCountriesIsFound)
{
    // Paragraphs whose only 中国 is the one inside 发展中国家 (ICU's words split it 发展|中|国家).
    QSet<qint64> onlyInside;
    for (const auto &p : *s_paragraphs) {
        if (p.text.contains(QStringLiteral("发展中国家")) &&
            !QString(p.text).remove(QStringLiteral("发展中国家")).contains(QStringLiteral("中国")))
            onlyInside.insert(place(p.id));
    }
    ASSERT_FALSE(onlyInside.isEmpty());
    EXPECT_TRUE(ids(hits(QStringLiteral("中国"))).contains(onlyInside));
}

TEST_F(SearchOnSample, LatinTermsMatchAsWordsWhateverTheirForm)
{
    const QSet<qint64> mtcr = scan(QStringLiteral("mtcr"));
    ASSERT_FALSE(mtcr.isEmpty());
    EXPECT_EQ(ids(hits(QStringLiteral("MTCR"))), mtcr);
    EXPECT_EQ(ids(hits(QStringLiteral("ＭＴＣＲ"))), mtcr);
    EXPECT_TRUE(ids(hits(QStringLiteral("MT*"))).contains(mtcr));
    const QSet<qint64> covid = scan(QStringLiteral("COVID-19"));
    ASSERT_FALSE(covid.isEmpty());
    EXPECT_EQ(ids(hits(QStringLiteral("COVID-19"))), covid);
    EXPECT_EQ(ids(hits(QStringLiteral("covid-19"))), covid);
}

TEST_F(SearchOnSample, FiltersByDocumentEntityAndSection)
{
    const QString term = QStringLiteral("出口");
    Search::SearchFilters byDocument;
    byDocument.document = kCommittee;
    const auto inCommittee =
        scan(term, [](const StoredParagraph &p) { return p.document == kCommittee; });
    EXPECT_FALSE(inCommittee.isEmpty());
    EXPECT_EQ(ids(hits(term, byDocument)), inCommittee);

    Search::SearchFilters byEntity;
    byEntity.entity = QStringLiteral("CHN");
    const auto byChina =
        scan(term, [](const StoredParagraph &p) { return p.entity == QStringLiteral("CHN"); });
    EXPECT_FALSE(byChina.isEmpty());
    EXPECT_EQ(ids(hits(term, byEntity)), byChina);

    Search::SearchFilters bySection;
    bySection.section = QStringLiteral("导言"); // the title of "一. 导言"
    const auto inIntroduction = scan(QStringLiteral("决议"), [](const StoredParagraph &p) {
        return p.section.endsWith(QStringLiteral(". 导言"));
    });
    EXPECT_FALSE(inIntroduction.isEmpty());
    EXPECT_EQ(ids(hits(QStringLiteral("决议"), bySection)), inIntroduction);
}

// search ranks with rp_bm25, which leaves rows that cannot be among the best unscored: its hits
// must be FTS5's own bm25 order (then paragraph id), with bm25's very values, however many are
// asked for and whatever the filter.
TEST_F(SearchOnSample, RankedHitsAreBm25sBestWithItsScores)
{
    // (rowid, bm25) of the best `limit` in one index: paragraph_fts's rowid is the paragraph's,
    // footnote_fts's is paragraph id × 1024 + the footnote's ordinal (migration 0008).
    const auto bm25Best = [](const QString &query, int limit, const QString &entity,
                             bool footnotes) {
        auto statement = Storage::Statement::prepare(*s_db, footnotes ? R"(
            SELECT footnote_fts.rowid, bm25(footnote_fts) AS r FROM footnote_fts
            JOIN paragraph p ON p.id = footnote_fts.rowid / 1024
            LEFT JOIN submission s ON s.id = p.submission_id
            WHERE footnote_fts MATCH ?1 AND (?2 IS NULL OR s.entity_code = ?2)
            ORDER BY r, footnote_fts.rowid LIMIT ?3)"
                                                                      : R"(
            SELECT paragraph_fts.rowid, bm25(paragraph_fts) AS r FROM paragraph_fts
            JOIN paragraph p ON p.id = paragraph_fts.rowid
            LEFT JOIN submission s ON s.id = p.submission_id
            WHERE paragraph_fts MATCH ?1 AND (?2 IS NULL OR s.entity_code = ?2)
            ORDER BY r, paragraph_fts.rowid LIMIT ?3)");
        EXPECT_TRUE(statement.ok());
        statement->bind(1, Search::parseQuery(query).fts).bind(3, limit);
        if (entity.isEmpty())
            statement->bindNull(2);
        else
            statement->bind(2, entity);
        QList<std::pair<qint64, double>> rows;
        for (auto row = statement->step(); row && *row; row = statement->step())
            rows.append({statement->columnInt64(0), statement->columnDouble(1)});
        return rows;
    };
    for (const char *query : {"国", "核", "出口", "中国", "出口管制", "大规模毁灭性武器",
                              "核 OR 贸", "出口 NOT 条约", "MTCR", "COVID-19"}) {
        for (const int limit : {1, 3, 20, -1}) {
            for (const QString &entity : {QString(), QStringLiteral("CHN")}) {
                const QString q = QString::fromUtf8(query);
                Search::SearchFilters filters;
                filters.entity = entity;
                auto found = Search::search(
                    *s_db, q, filters, ReferenceData::EntityRegistry::builtIn().entities(), limit);
                ASSERT_TRUE(found.ok()) << query;
                // Text hits first, as bm25 ranks paragraph_fts; then, while there is room,
                // footnote hits as bm25 ranks footnote_fts.
                const auto expected = bm25Best(q, limit, entity, false);
                qsizetype text = 0;
                while (text < found->size() && (*found)[text].paragraph.footnote < 0)
                    ++text;
                ASSERT_EQ(text, expected.size()) << query << " " << limit;
                const int room = limit < 0 ? -1 : limit - static_cast<int>(text);
                const auto expectedNotes = room == 0 ? QList<std::pair<qint64, double>>{}
                                                     : bm25Best(q, room, entity, true);
                ASSERT_EQ(found->size() - text, expectedNotes.size()) << query << " " << limit;
                for (qsizetype i = 0; i < found->size(); ++i) {
                    const auto &want = i < text ? expected[i] : expectedNotes[i - text];
                    const auto &hit = (*found)[i].paragraph;
                    const qint64 key =
                        i < text ? hit.paragraphId : hit.paragraphId * 1024 + hit.footnote;
                    EXPECT_EQ(key, want.first) << query << " " << limit << " #" << i;
                    EXPECT_EQ(hit.rank, want.second) << query << " " << limit << " #" << i;
                }
            }
        }
    }
}

TEST_F(SearchOnSample, FilterByPositionOnAVote)
{
    // The states in vote (c)'s 反对 list, read from the stored vote, not through positionOn.
    const auto votes = Storage::VoteRepository(*s_db).votes(kCommittee).value();
    QSet<QString> against;
    for (const auto &v : votes) {
        if (v.label == QStringLiteral("(c)")) {
            for (const auto &e : v.no)
                against.insert(e.code);
        }
    }
    ASSERT_EQ(against.size(), 53);
    const QString term = QStringLiteral("单方面");
    const auto expected =
        scan(term, [&](const StoredParagraph &p) { return against.contains(p.entity); });
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_NE(expected, scan(term)); // the filter leaves some out

    Search::SearchFilters filters;
    filters.vote = Search::VoteFilter{VotePosition::No, QStringLiteral("c")};
    EXPECT_EQ(ids(hits(term, filters)), expected);
    filters.vote->vote = QStringLiteral("A/79/416:(c)");
    EXPECT_EQ(ids(hits(term, filters)), expected);
    filters.vote->vote = QStringLiteral("(z)");
    EXPECT_FALSE(Search::search(*s_db, term, filters, {}, 10).ok());
}

TEST_F(SearchOnSample, ConcordanceListsEveryOccurrenceWithItsContextAndCountsByState)
{
    const QString term = QStringLiteral("出口管制");
    const auto c = Search::concordance(*s_db, term, {}, 20);
    ASSERT_TRUE(c.ok());
    qsizetype occurrences = 0;
    QHash<QString, int> perEntity;
    for (const auto &p : *s_paragraphs) {
        occurrences += p.text.count(term);
        perEntity[p.entity] += static_cast<int>(p.text.count(term));
    }
    EXPECT_EQ(c->lines.size(), occurrences);
    for (const auto &n : c->counts)
        EXPECT_EQ(n.occurrences, perEntity.value(n.entityCode)) << n.entityCode.toStdString();
    for (const auto &line : c->lines) {
        EXPECT_EQ(line.hit, term);
        EXPECT_LE(line.left.size(), 20);
        const auto &p = *std::find_if(s_paragraphs->cbegin(), s_paragraphs->cend(),
                                      [&](const auto &q) { return q.id == line.paragraphId; });
        // No character outside the BMP in these texts, so code points are UTF-16 units.
        EXPECT_EQ(p.text.mid(line.offset, term.size()), term);
        EXPECT_TRUE(p.text.mid(0, line.offset).endsWith(line.left));
    }
    auto sorted = c->lines;
    Search::sortConcordance(sorted, Search::ConcordanceOrder::Right);
    for (qsizetype i = 1; i < sorted.size(); ++i)
        EXPECT_LE(sorted[i - 1].right.toUcs4(), sorted[i].right.toUcs4());
}
