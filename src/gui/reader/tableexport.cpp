#include "tableexport.h"

#include "gui/common/filedialogs.h"
#include "gui/common/tablecsv.h"

#include "storage/documenttablecsv.h"

#include <QMessageBox>

namespace Rapporteur::Gui {

QString TableExport::suggestedName(const Storage::TableRecord &table)
{
    QString symbol = table.document;
    symbol.replace(u'/', u'-').replace(u' ', u'_');
    return QStringLiteral("%1-table-%2.csv").arg(symbol).arg(table.ordinal + 1);
}

QString TableExport::write(const QString &path, const Storage::TableRecord &table)
{
    return writeCsvFile(path, Storage::documentTableCsv(table.rows));
}

void TableExport::ask(QWidget *parent, const Storage::TableRecord &table)
{
    QFileDialog *dialog = FileDialogs::create(parent, tr("Export Table as CSV"),
                                              suggestedName(table), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The table is copied: the reader may show another text before the dialog closes.
    QObject::connect(
        dialog, &QFileDialog::fileSelected, parent, [parent, table](const QString &path) {
            const QString failed = write(path, table);
            if (failed.isEmpty())
                return;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Table as CSV"), failed,
                                        QMessageBox::Ok, parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    dialog->open();
}

} // namespace Rapporteur::Gui
