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
// symbol, ?3 the entity codes, ?4 the sections, each NULL when not filtered on.
constexpr char kFilters[] = R"(
    (?2 IS NULL OR d.symbol = ?2)
    AND (?3 IS NULL OR s.entity_code IN (SELECT value FROM json_each(?3)))
    AND (?4 IS NULL OR p.section IN (SELECT value FROM json_each(?4))))";

} // namespace

SearchRepository::SearchRepository(Database &db) : m_db(db) {}

Result<QList<SearchRow>> SearchRepository::ranked(const QString &ftsQuery, const SearchScope &scope,
                                                  int limit) const
{
    // FTS5 ranks inside the index and keeps the best `limit` rows before anything is joined:
    // ranking after the join paid for the join on every match (twice the time for 国 on 50 MB).
    // The filters become a set of paragraph ids the index rows must be in. Without filters ?2-?4
    // do not appear, which SQLite allows since ?5 does (they are bound and unused).
    const bool filtered = !scope.documentSymbol.isEmpty() || scope.entityCodes || scope.sections;
    const QByteArray inScope = QByteArray(R"(
          AND rowid IN (SELECT p.id FROM paragraph p
                        JOIN document d ON d.id = p.document_id
                        LEFT JOIN submission s ON s.id = p.submission_id
                        WHERE )") +
                               kFilters + ')';
    const QByteArray sql = QByteArray(R"(
        WITH best AS (
            SELECT rowid AS id, rank FROM paragraph_fts WHERE paragraph_fts MATCH ?1)") +
                           (filtered ? inScope : QByteArray()) + R"(
            ORDER BY rank LIMIT ?5)
        SELECT p.id, d.symbol, p.submission_id, s.entity_code, p.ordinal, p.page, p.section,
               p.text, best.rank
        FROM best
        JOIN paragraph p ON p.id = best.id
        JOIN document d ON d.id = p.document_id
        LEFT JOIN submission s ON s.id = p.submission_id
        ORDER BY best.rank, p.id)";
    return run(sql, ftsQuery, scope, limit);
}

Result<QList<SearchRow>> SearchRepository::inCorpusOrder(const QString &ftsQuery,
                                                         const SearchScope &scope) const
{
    const QByteArray sql = QByteArray(R"(
        SELECT p.id, d.symbol, p.submission_id, s.entity_code, p.ordinal, p.page, p.section,
               p.text, 0
        FROM paragraph_fts
        JOIN paragraph p ON p.id = paragraph_fts.rowid
        JOIN document d ON d.id = p.document_id
        LEFT JOIN submission s ON s.id = p.submission_id
        WHERE paragraph_fts MATCH ?1 AND )") +
                           kFilters + R"(
        ORDER BY d.id, p.ordinal LIMIT ?5)";
    return run(sql, ftsQuery, scope, -1);
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
        .bind(5, limit);
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
    QStringList sections;
    Result<bool> row = statement->step();
    for (; row && *row; row = statement->step())
        sections.append(statement->columnText(0));
    if (!row)
        return row.error();
    return sections;
}

} // namespace Rapporteur::Storage
