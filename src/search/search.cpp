#include "search.h"

#include "querysyntax.h"
#include "snippet.h"

namespace Rapporteur::Search {

Result<QList<SearchHit>> search(Storage::Database &db, const QString &query,
                                const SearchFilters &filters, const QList<Entity> &entities,
                                int limit)
{
    auto scope = resolveScope(db, filters, entities);
    if (!scope)
        return scope.error();
    const ParsedQuery parsed = parseQuery(query);
    QList<SearchHit> hits;
    if (parsed.fts.isEmpty() || limit == 0)
        return hits;
    const Storage::SearchRepository repository(db);
    auto rows = repository.ranked(parsed.fts, *scope, limit);
    if (!rows)
        return rows.error();
    // Hits in footnotes come after hits in text, each list in its own bm25 order. Their scores
    // are not on one scale: each index has its own idf, and a word common in text (国 is in
    // most paragraphs, so its idf is nearly 0) is rare in footnotes. A footnote mostly cites;
    // what a state argued is in its text.
    if (limit < 0 || rows->size() < limit) {
        const int room = limit < 0 ? -1 : limit - static_cast<int>(rows->size());
        auto notes = repository.rankedFootnotes(parsed.fts, *scope, room);
        if (!notes)
            return notes.error();
        rows->append(std::move(*notes));
    }
    // Then hits in tables' cells, on their own bm25 scale too: a table's figures and labels
    // are what a document reports, not what it argues.
    if (limit < 0 || rows->size() < limit) {
        const int room = limit < 0 ? -1 : limit - static_cast<int>(rows->size());
        auto cells = repository.rankedCells(parsed.fts, *scope, room);
        if (!cells)
            return cells.error();
        rows->append(std::move(*cells));
    }
    hits.reserve(rows->size());
    for (Storage::SearchRow &row : *rows) {
        SearchHit &hit = hits.emplace_back();
        hit.matches = MatchFinder(row.text).findAll(parsed.positive);
        hit.snippet = makeSnippet(row.text, hit.matches);
        hit.paragraph = std::move(row);
    }
    return hits;
}

} // namespace Rapporteur::Search
