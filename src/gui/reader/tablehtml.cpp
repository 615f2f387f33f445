#include "tablehtml.h"

#include "paragraphhtml.h"

#include "text/tablefigure.h"

#include <QRegularExpression>

namespace Rapporteur::Gui {

namespace {

// A cell's text with its line breaks kept (a cell over several lines stays so).
QString cellText(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

QString TableHtml::exportUrl(qint64 tableId)
{
    return QStringLiteral("table:%1").arg(tableId);
}

qint64 TableHtml::tableIdOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String("table"))
        return 0;
    bool ok = false;
    const qint64 id = url.path().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString TableHtml::table(const Storage::TableRecord &table)
{
    QString html;
    if (!table.caption.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:12px; margin-bottom:4px\"><b>%1</b></p>")
                    .arg(table.caption.toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse:collapse; border-color:%1\">")
                .arg(ParagraphHtml::muted());
    for (const TableRow &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row.cells) {
            const QString align =
                Text::isTableFigure(cell) ? QStringLiteral(" align=\"right\"") : QString();
            if (row.header)
                html += QStringLiteral("<th bgcolor=\"#e8e8e8\"%1><b>%2</b></th>")
                            .arg(align, cellText(cell));
            else
                html += QStringLiteral("<td%1>%2</td>").arg(align, cellText(cell));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    for (const Footnote &note : table.notes)
        html += QStringLiteral("<p style=\"font-size:small; margin-top:2px; margin-bottom:0\">"
                               "<sup>%1</sup> %2</p>")
                    .arg(note.marker.toHtmlEscaped(), note.text.toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-size:small; margin-top:2px\"><a href=\"%1\">%2</a></p>")
                .arg(exportUrl(table.id), tr("Export table as CSV…").toHtmlEscaped());
    return html;
}

} // namespace Rapporteur::Gui
