#include "searchrepository.h"

#include "columncodec.h"
#include "database.h"
#include "statement.h"

#include <QByteArray>

namespace Rapporteur::Storage {

using namespace ColumnCodec;

namespace {

// Sets travel as one JSON array parameter (json_each), so a filter of any size is still one
// bound value and never SQL text.
std::optional<QString> encodeSet(const std::optional<QStringList> &set)
{
    return set ? std::optional<QString>(encodeStrings(*set)) : std::nullopt;
}

// The scope as conditions on p (paragraph), d (document) and s (submission): ?2 the document's
// symbol, ?3 the entity codes, ?4 the sections, ?5 the documents' language, each NULL when not
// filtered on (?6 is the limit).
constexpr char kFilters[] = R"(
    (?2 IS NULL OR d.symbol = ?2)
    AND (?3 IS NULL OR s.entity_code IN (SELECT value FROM json_each(?3)))
    AND (?4 IS NULL OR p.section IN (SELECT value FROM json_each(?4)))
    AND (?5 IS NULL OR d.language = ?5))";

// `score` for the index rows in scope and NULL for the others: `row` is the paragraph or cell an
// index row stands for (an expression over its rowid), `inScope` a SELECT of those ids that
// joins the paragraph as p, to which the document, the submission and kFilters are added.
QByteArray scoreInScope(const char *row, const QByteArray &inScope, const QByteArray &score)
{
    return QByteArray("CASE WHEN ") + row + " IN (" + inScope + R"(
                    JOIN document d ON d.id = p.document_id
                    LEFT JOIN submission s ON s.id = p.submission_id
                    WHERE )" +
           kFilters + ") THEN " + score + " END";
}

} // namespace

SearchRepository::SearchRepository(Database &db) : m_db(db) {}

Result<QList<SearchRow>> SearchRepository::ranked(const QString &ftsQuery, const SearchScope &scope,
                                                  int limit) const
{
    // The index ranks and keeps the best `limit` rows before anything is joined: ranking after
    // the join paid for the join on every match (twice the time for 国 on 50 MB).
    //
    // rp_bm25 (searchindex/fts5rank.h) is bm25 that knows only `limit` rows are kept: it scores a
    // row only when the row could still be among them, and gives the others NULL. bm25 itself
    // (FTS5's ORDER BY rank) reads every matching row's length from the index, which was nearly all
    // of a search's time: 127,000 lengths for 国 on 50 MB. Ties go to the lower paragraph id, as
    // the outer ORDER BY always said.
    //
    // The filters are a set of paragraph ids, tested in a CASE before rp_bm25 is called, so that
    // it only ever sees rows in scope: its best `limit` must be the best in scope. Without
    // filters ?2-?5 do not appear, which SQLite allows since ?6 does (they are bound and unused).
    //
    // Unfiltered, rp_bm25 sees every match and may leave a single phrase's idf out of the scores
    // (it counts the rows itself instead of reading the phrase's doclist again); the scores are
    // then multiplied by rp_bm25_idf() once the rows are in.
    const bool filtered = scope.isFiltered();
    // The last argument lets rp_bm25 use the paragraph lengths it keeps (rowlengthcache.h).
    QByteArray score =
        filtered ? "rp_bm25(paragraph_fts, ?6, 0, 1)" : "rp_bm25(paragraph_fts, ?6, 1, 1)";
    if (filtered) {
        score = scoreInScope("rowid", "SELECT p.id FROM paragraph p", score);
    }
    const QByteArray sql = R"(
        WITH best AS (
            SELECT rowid AS id, )" +
                           score + R"( AS score FROM paragraph_fts
            WHERE paragraph_fts MATCH ?1 AND score IS NOT NULL
            ORDER BY score, rowid LIMIT ?6)
        SELECT p.id, d.symbol, p.submission_id, s.entity_code, p.ordinal, p.page, p.section,
               p.text, best.score
        FROM best
        JOIN paragraph p ON p.id = best.id
        JOIN document d ON d.id = p.document_id
        LEFT JOIN submission s ON s.id = p.submission_id
        ORDER BY best.score, p.id)";
    auto rows = run(sql, ftsQuery, scope, limit);
    if (!rows || filtered || rows->isEmpty())
        return rows;
    auto idf = Statement::prepare(m_db, "SELECT rp_bm25_idf()");
    if (!idf)
        return idf.error();
    if (auto row = idf->step(); !row)
        return row.error();
    const double factor = idf->columnDouble(0);
    for (SearchRow &r : *rows)
        r.rank *= factor; // bm25 = -(idf × the rest): exactly bm25's double (fts5rank.h)
    return rows;
}

Result<QList<SearchRow>> SearchRepository::inCorpusOrder(const QString &ftsQuery,
                                                         const SearchScope &scope) const
{
    // Text and footnotes in one pass: each paragraph's text, then its footnotes in order.
    const QByteArray sql = QByteArray(R"(
        WITH hit AS (
            SELECT rowid AS paragraph, -1 AS note FROM paragraph_fts WHERE paragraph_fts MATCH ?1
            UNION ALL
            SELECT rowid / 1024, rowid % 1024 FROM footnote_fts WHERE footnote_fts MATCH ?1)
        SELECT p.id, d.symbol, p.submission_id, s.entity_code, p.ordinal, p.page, p.section,
               coalesce(f.text, p.text), 0, hit.note, f.marker
        FROM hit
        JOIN paragraph p ON p.id = hit.paragraph
        LEFT JOIN footnote f ON f.paragraph_id = hit.paragraph AND f.ordinal = hit.note
        JOIN document d ON d.id = p.document_id
        LEFT JOIN submission s ON s.id = p.submission_id
        WHERE (hit.note < 0 OR f.text IS NOT NULL) AND )") +
                           kFilters + R"(
        ORDER BY d.id, p.ordinal, hit.note LIMIT ?6)";
    return run(sql, ftsQuery, scope, -1);
}

// Footnote hits (migration 0008): footnote_fts's rowid is paragraph_id × 1024 + ordinal. The
// row carries its paragraph's place and the footnote's own text, ordinal and marker.
namespace {
constexpr char kFootnoteColumns[] = R"(
        SELECT p.id, d.symbol, p.submission_id, s.entity_code, p.ordinal, p.page, p.section,
               f.text, %1, f.ordinal, f.marker)";
constexpr char kFootnoteJoins[] = R"(
        JOIN footnote f ON f.paragraph_id = hit.id / 1024 AND f.ordinal = hit.id % 1024
        JOIN paragraph p ON p.id = f.paragraph_id
        JOIN document d ON d.id = p.document_id
        LEFT JOIN submission s ON s.id = p.submission_id)";
} // namespace

Result<QList<SearchRow>> SearchRepository::rankedFootnotes(const QString &ftsQuery,
                                                           const SearchScope &scope,
                                                           int limit) const
{
    // As ranked(), with bm25 over the footnotes alone; no idf is deferred and no lengths are
    // kept (footnotes are few), and the filters apply to the footnote's paragraph.
    const bool filtered = scope.isFiltered();
    QByteArray score = "rp_bm25(footnote_fts, ?6)";
    if (filtered) {
        score = scoreInScope("rowid / 1024", "SELECT p.id FROM paragraph p", score);
    }
    const QByteArray sql = R"(
        WITH hit AS (
            SELECT rowid AS id, )" +
                           score +
                           R"( AS score FROM footnote_fts
            WHERE footnote_fts MATCH ?1 AND score IS NOT NULL
            ORDER BY score, rowid LIMIT ?6))" +
                           QByteArray(kFootnoteColumns).replace("%1", "hit.score") + " FROM hit" +
                           kFootnoteJoins + " ORDER BY hit.score, hit.id";
    return run(sql, ftsQuery, scope, limit);
}

// Cell hits (migration 0012): a cell stands at the paragraph its table follows, or at its
// document's first paragraph when the table comes before every paragraph. A document without
// paragraphs has nowhere to put its tables' hits: they are left out.
namespace {
constexpr char kCellParagraph[] = R"(coalesce(t.after_paragraph_id,
            (SELECT f.id FROM paragraph f WHERE f.document_id = t.document_id
             ORDER BY f.ordinal LIMIT 1)))";
} // namespace

Result<QList<SearchRow>> SearchRepository::rankedCells(const QString &ftsQuery,
                                                       const SearchScope &scope, int limit) const
{
    // As rankedFootnotes(): bm25 over the cells alone, filters on the anchor paragraph.
    const bool filtered = scope.isFiltered();
    QByteArray score = "rp_bm25(table_cell_fts, ?6)";
    if (filtered) {
        const QByteArray cells = QByteArray(R"(SELECT c.id FROM table_cell c
                    JOIN document_table t ON t.id = c.table_id
                    JOIN paragraph p ON p.id = )") +
                                 kCellParagraph;
        score = scoreInScope("rowid", cells, score);
    }
    const QByteArray sql = R"(
        WITH hit AS (
            SELECT rowid AS id, )" +
                           score + R"( AS score FROM table_cell_fts
            WHERE table_cell_fts MATCH ?1 AND score IS NOT NULL
            ORDER BY score, rowid LIMIT ?6)
        SELECT p.id, d.symbol, p.submission_id, s.entity_code, p.ordinal,
               CASE WHEN t.first_page > 0 THEN t.first_page ELSE p.page END, p.section,
               c.text, hit.score, NULL, NULL, t.id, c.row_index, c.column_index
        FROM hit
        JOIN table_cell c ON c.id = hit.id
        JOIN document_table t ON t.id = c.table_id
        JOIN paragraph p ON p.id = )" +
                           kCellParagraph + R"(
        JOIN document d ON d.id = p.document_id
        LEFT JOIN submission s ON s.id = p.submission_id
        ORDER BY hit.score, hit.id)";
    return run(sql, ftsQuery, scope, limit);
}

Result<QList<SearchRow>> SearchRepository::run(const QByteArray &sql, const QString &ftsQuery,
                                               const SearchScope &scope, int limit) const
{
    auto statement = Statement::prepare(m_db, sql.constData());
    if (!statement)
        return statement.error();
    statement->bind(1, ftsQuery)
        .bind(2, nullIfEmpty(scope.documentSymbol))
        .bind(3, encodeSet(scope.entityCodes))
        .bind(4, encodeSet(scope.sections))
        .bind(5, nullIfEmpty(scope.language))
        .bind(6, limit);
    const bool footnotes = statement->columnCount() > 9; // the footnote and cell queries
    const bool cells = statement->columnCount() > 11;    // the cell query
    QList<SearchRow> rows;
    Result<bool> row = statement->step();
    for (; row && *row; row = statement->step()) {
        SearchRow &r = rows.emplace_back();
        r.paragraphId = statement->columnInt64(0);
        r.document = statement->columnText(1);
        if (!statement->isNull(2))
            r.submissionId = statement->columnInt64(2);
        r.entityCode = statement->columnText(3);
        r.ordinal = statement->columnInt(4);
        r.page = statement->columnInt(5);
        r.section = statement->columnText(6);
        r.text = statement->columnText(7);
        r.rank = statement->columnDouble(8);
        if (footnotes && !statement->isNull(9)) {
            r.footnote = statement->columnInt(9);
            r.footnoteMarker = statement->columnText(10);
        }
        if (cells) {
            r.tableId = statement->columnInt64(11);
            r.tableRow = statement->columnInt(12);
            r.tableColumn = statement->columnInt(13);
        }
    }
    if (!row) {
        Error error = row.error();
        error.userMessage = QStringLiteral("The search could not be run.");
        return error;
    }
    return rows;
}

Result<QStringList> SearchRepository::sections() const
{
    auto statement =
        Statement::prepare(m_db, "SELECT DISTINCT section FROM paragraph ORDER BY section");
    if (!statement)
        return statement.error();
    return statement->collect<QString>([&] { return statement->columnText(0); });
}

} // namespace Rapporteur::Storage
