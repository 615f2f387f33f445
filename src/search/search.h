#pragma once

#include "matchfinder.h"
#include "searchscope.h"

#include "common/entity.h"
#include "common/result.h"
#include "storage/searchrepository.h"

#include <QList>
#include <QString>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Search {

struct SearchHit
{
    Storage::SearchRow paragraph;
    QString snippet;          // makeSnippet: the first hit ±30 code points, hits marked 【…】
    QList<TextMatch> matches; // every hit in the paragraph's text (UTF-16 units, merged)
};

// Runs a user's query (querysyntax.h) with filters, best first (bm25), at most `limit` hits
// (< 0: all). Paragraph text and footnotes are both searched: a hit in a footnote has
// paragraph.footnote >= 0, and its snippet and matches are in the footnote's text. Hits in
// text come first, then hits in footnotes, then hits in tables' cells (paragraph.tableId != 0,
// snippet and matches in the cell's text), each in bm25 order within its own index. A query with
// nothing to search for gives no hits, never an error; a filter naming something that is not there
// is an error (searchscope.h).
Result<QList<SearchHit>> search(Storage::Database &db, const QString &query,
                                const SearchFilters &filters, const QList<Entity> &entities,
                                int limit);

} // namespace Rapporteur::Search
