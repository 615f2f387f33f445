#include "rowlengthcache.h"

#include <cstddef>

namespace Rapporteur::Search {

namespace {

// The paragraph index's docsize table (migration 0004): one row per paragraph, its id and a
// blob holding one varint per column, the column's length in tokens (FTS5's own format, the
// same varints as SQLite's record format). The index has one column.
constexpr char kLengthsSql[] = "SELECT id, sz FROM paragraph_fts_docsize";
constexpr char kMaxIdSql[] = "SELECT max(id), count(*) FROM paragraph_fts_docsize";

// A varint as SQLite writes it: 7 bits per byte, high bit set on all but the last, most
// significant first (a length needs at most 3 bytes; more is not a length).
int readVarint(const unsigned char *bytes, int size)
{
    int value = 0;
    for (int i = 0; i < size && i < 4; ++i) {
        value = (value << 7) | (bytes[i] & 0x7f);
        if ((bytes[i] & 0x80) == 0)
            return value;
    }
    return -1;
}

} // namespace

bool RowLengthCache::refresh(sqlite3 *db)
{
    if (sqlite3_get_autocommit(db) == 0)
        return false; // uncommitted writes of this connection would be missing
    unsigned int version = 0;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK)
        return false;
    if (m_loaded && version == m_dataVersion)
        return true;
    m_loaded = load(db);
    m_dataVersion = version;
    return m_loaded;
}

bool RowLengthCache::load(sqlite3 *db)
{
    m_lengths.clear();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, kMaxIdSql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return false;
    }
    sqlite3_int64 maxId = -1;
    sqlite3_int64 rows = 0;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        maxId = sqlite3_column_int64(statement, 0);
        rows = sqlite3_column_int64(statement, 1);
    }
    sqlite3_finalize(statement);
    // Ids are dense unless many documents were replaced; a sparse table is left to FTS5 rather
    // than held in a mostly empty array.
    if (rows == 0 || maxId < 0 || maxId > 4 * rows + 1024)
        return false;
    if (sqlite3_prepare_v2(db, kLengthsSql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return false;
    }
    m_lengths.assign(static_cast<size_t>(maxId) + 1, -1);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const sqlite3_int64 id = sqlite3_column_int64(statement, 0);
        const auto *blob = static_cast<const unsigned char *>(sqlite3_column_blob(statement, 1));
        const int size = sqlite3_column_bytes(statement, 1);
        if (id >= 0 && id <= maxId && blob)
            m_lengths[static_cast<size_t>(id)] = readVarint(blob, size);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        m_lengths.clear();
    return rc == SQLITE_DONE;
}

} // namespace Rapporteur::Search
