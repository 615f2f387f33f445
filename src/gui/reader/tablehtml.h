#pragma once

#include "storage/tablerecords.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Rapporteur::Gui {

// A document's table as the reader shows it: its caption above, a real HTML table (header rows
// bold on a shaded ground, figures right-aligned), its notes in small type below, and a link
// "Export table as CSV…" (tableExportUrl) under it. All text escaped.
class TableHtml final
{
    Q_DECLARE_TR_FUNCTIONS(TableHtml)

public:
    static QString table(const Storage::TableRecord &table);
    // The link under a table, "table:ID", and the id back from it (0 when it is not one).
    static QString exportUrl(qint64 tableId);
    static qint64 tableIdOf(const QUrl &url);
};

} // namespace Rapporteur::Gui
