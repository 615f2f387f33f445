#pragma once

#include "storage/tablerecords.h"

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// "Export table as CSV…": the CSV the command line's `table --csv` makes
// (Storage::documentTableCsv), written as the application writes every CSV (tablecsv.h: UTF-8
// with a byte-order mark, whole or not at all).
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // Asks where to save, with a dialog that does not block, then writes; a failure is shown in
    // a message box of its own.
    static void ask(QWidget *parent, const Storage::TableRecord &table);
    // Writes the table to path. Empty on success, else the reason.
    static QString write(const QString &path, const Storage::TableRecord &table);
    // "A-80-630-table-3.csv": the document's symbol and the table's place in it.
    static QString suggestedName(const Storage::TableRecord &table);
};

} // namespace Rapporteur::Gui
