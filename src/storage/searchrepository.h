#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// Which paragraphs a search may return. Each set filter narrows; an empty set admits nothing.
struct SearchScope
{
    QString documentSymbol;                 // empty: every document
    std::optional<QStringList> entityCodes; // only paragraphs of submissions by these entities
    std::optional<QStringList> sections;    // only paragraphs in these sections (as stored)
    QString language;                       // ISO 639-1 of the documents; empty: every language

    bool isFiltered() const
    {
        return !documentSymbol.isEmpty() || entityCodes || sections || !language.isEmpty();
    }
};

// A paragraph the full-text index matched, with where it stands.
struct SearchRow
{
    qint64 paragraphId = 0;
    QString document; // symbol
    std::optional<qint64> submissionId;
    QString entityCode; // empty: outside a submission, or a submission without entity
    int ordinal = 0;
    int page = 0;
    QString section;
    QString text;
    double rank = 0; // FTS5's bm25, lower is better (0 in corpus order, where nothing is ranked)
    // A hit in one of the paragraph's footnotes: its ordinal and marker, and `text` is then the
    // footnote's text. -1 for a hit in the paragraph's own text.
    int footnote = -1;
    QString footnoteMarker;
    // A hit in a cell of one of the document's tables (migration 0012): the table's id (0 when
    // the hit is not in a table), the cell's row and column (0-based), and `text` is then the
    // cell's text. The paragraph is the one the table follows (its document's first when the
    // table comes before it), the page the table's first.
    qint64 tableId = 0;
    int tableRow = -1;
    int tableColumn = -1;
};

// Runs queries against the paragraph_fts, footnote_fts and table_cell_fts indexes (migrations
// 0004, 0008 and 0012). The query is an FTS5 expression that Search::parseQuery built, so user
// input never reaches FTS5 unquoted; it is bound as a parameter, never spliced into the SQL.
class SearchRepository final
{
public:
    explicit SearchRepository(Database &db);

    // Best first (bm25, then paragraph id); limit < 0 means all.
    Result<QList<SearchRow>> ranked(const QString &ftsQuery, const SearchScope &scope,
                                    int limit) const;
    // Every match in corpus order (documents in import order, paragraphs in reading order), in
    // paragraph text and in footnotes alike: a paragraph's text, then its footnotes.
    Result<QList<SearchRow>> inCorpusOrder(const QString &ftsQuery, const SearchScope &scope) const;
    // ranked() over the footnotes' index (migrations/0008_footnote_search.sql): hits in
    // footnotes, each with its paragraph's place. Ranked by bm25 among the footnotes alone.
    Result<QList<SearchRow>> rankedFootnotes(const QString &ftsQuery, const SearchScope &scope,
                                             int limit) const;
    // ranked() over the table cells' index (migrations/0012_document_tables.sql): hits in
    // cells, each with its table's place. Ranked by bm25 among the cells alone; the filters
    // apply to the paragraph the table follows.
    Result<QList<SearchRow>> rankedCells(const QString &ftsQuery, const SearchScope &scope,
                                         int limit) const;
    // The distinct sections paragraphs are filed under, for matching a --section filter.
    Result<QStringList> sections() const;

private:
    Result<QList<SearchRow>> run(const QByteArray &sql, const QString &ftsQuery,
                                 const SearchScope &scope, int limit) const;

    Database &m_db;
};

} // namespace Rapporteur::Storage
