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
};

// Runs queries against the paragraph_fts index (migrations/0004_search.sql). The query is an
// FTS5 expression that Search::parseQuery built, so user input never reaches FTS5 unquoted; it
// is bound as a parameter, never spliced into the SQL.
class SearchRepository final
{
public:
    explicit SearchRepository(Database &db);

    // Best first (bm25, then paragraph id); limit < 0 means all.
    Result<QList<SearchRow>> ranked(const QString &ftsQuery, const SearchScope &scope,
                                    int limit) const;
    // Every match in corpus order (documents in import order, paragraphs in reading order).
    Result<QList<SearchRow>> inCorpusOrder(const QString &ftsQuery, const SearchScope &scope) const;
    // The distinct sections paragraphs are filed under, for matching a --section filter.
    Result<QStringList> sections() const;

private:
    Result<QList<SearchRow>> run(const QByteArray &sql, const QString &ftsQuery,
                                 const SearchScope &scope, int limit) const;

    Database &m_db;
};

} // namespace Rapporteur::Storage
