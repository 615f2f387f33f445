#pragma once

#include <sqlite3.h>

#include <cstddef>

#include <vector>

namespace Rapporteur::Search {

// Every paragraph's length in index tokens, as bm25 reads it (FTS5's docsize table), held in
// memory by rp_bm25 for its connection. FTS5 reads a row's length with a B-tree lookup per row;
// a search for a common character needs thousands of them (a third of its time on 50 MB),
// while all the lengths of 170,000 paragraphs take 0.7 MB and one scan of the table.
//
// The copy is only used while it is the index's: it is dropped when the database file's data
// version moves (any commit, by this connection or another one) and never used inside an open
// transaction, whose writes it would not see. Rows it does not hold are read from FTS5 as before.
class RowLengthCache
{
public:
    // Makes the copy current for `db`, reading it again if the database changed. False when it
    // cannot be used now (inside a transaction, or the table could not be read); the caller then
    // asks FTS5.
    bool refresh(sqlite3 *db);

    // The row's length, or -1 when the copy does not hold it.
    int length(sqlite3_int64 rowid) const
    {
        return rowid >= 0 && static_cast<size_t>(rowid) < m_lengths.size()
                   ? m_lengths[static_cast<size_t>(rowid)]
                   : -1;
    }

private:
    bool load(sqlite3 *db);

    std::vector<int> m_lengths; // by rowid; -1 where there is no row
    unsigned int m_dataVersion = 0;
    bool m_loaded = false;
};

} // namespace Rapporteur::Search
