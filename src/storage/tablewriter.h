#pragma once

#include "common/documenttable.h"
#include "common/result.h"

#include <QList>

namespace Rapporteur::Storage {

class Database;

// Writes a document's tables, their cells and notes (migration 0012). Runs inside the
// transaction DocumentWriter's caller holds, after the paragraphs, whose ids anchor the tables.
class TableWriter final
{
    Q_DISABLE_COPY_MOVE(TableWriter)

public:
    explicit TableWriter(Database &db);

    // Replaces the document's tables with `tables`. paragraphIds are the stored ids of the
    // document's paragraphs in order (DocumentTable::afterParagraph indexes them); an index out
    // of range anchors the table before the first paragraph.
    Status replace(qint64 documentId, const QList<DocumentTable> &tables,
                   const QList<qint64> &paragraphIds);

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
