#include "tablecsv.h"

#include "common/csv.h"
#include "common/outputfile.h"

#include <QAbstractItemModel>

namespace Rapporteur::Gui {

namespace {

// Headers may break a label over lines ("澳大利亚\nAUS"); a CSV header is one line.
QString headerText(const QAbstractItemModel &model, int section, Qt::Orientation orientation)
{
    return model.headerData(section, orientation, Qt::DisplayRole).toString().replace(u'\n', u' ');
}

} // namespace

QString tableCsv(const QAbstractItemModel &model, const QString &rowHeaderTitle, int role)
{
    const bool rowHeaders = !rowHeaderTitle.isEmpty();
    QStringList header;
    if (rowHeaders)
        header.append(rowHeaderTitle);
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(headerText(model, c, Qt::Horizontal));
    QString csv = csvRow(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        if (rowHeaders)
            row.append(headerText(model, r, Qt::Vertical));
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(model.index(r, c).data(role).toString());
        csv += csvRow(row);
    }
    return csv;
}

QString writeCsvFile(const QString &path, const QString &csv)
{
    const QByteArray bytes = "\xEF\xBB\xBF" + csv.toUtf8();
    if (const Status written = writeOutputFile(path, bytes); !written)
        return written.error().userMessage;
    return {};
}

} // namespace Rapporteur::Gui
