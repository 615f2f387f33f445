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
    auto rows = Storage::SearchRepository(db).ranked(parsed.fts, *scope, limit);
    if (!rows)
        return rows.error();
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
