#pragma once

#include "tablerecords.h"

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// Reads the tables of the corpus's documents (migration 0012); TableWriter writes them with
// their document.
class TableRepository final
{
public:
    explicit TableRepository(const Database &db);

    // The document's tables in reading order, each whole (rows, cells, notes). An unknown
    // symbol (or version) is an ErrorCode::NotFound error; a known document may have none. No
    // language: the primary version (storage/documentversions.h).
    Result<QList<TableRecord>> tablesOfDocument(const QString &documentSymbol,
                                                const QString &language = {}) const;
    // One table by id, or nothing when there is no such table (any more: ids are new at every
    // import of its document).
    Result<std::optional<TableRecord>> table(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace Rapporteur::Storage
