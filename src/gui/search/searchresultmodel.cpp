#include "searchresultmodel.h"

#include "text/offsets.h"

#include "search/snippet.h"

#include <QPoint>

namespace Rapporteur::Gui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setHits(QList<Search::SearchHit> hits, QHash<QString, QString> entityNames)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_entityNames = std::move(entityNames);
    endResetModel();
}

void SearchResultModel::clear()
{
    setHits({}, {});
}

const Search::SearchHit *SearchResultModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_hits.size())
        return nullptr;
    return &m_hits.at(index.row());
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QString SearchResultModel::snippetHtml(const QString &snippet)
{
    QString html;
    for (const QChar c : snippet) {
        if (c == QChar(Search::kHitOpen))
            html += QStringLiteral("<span style=\"background-color:#ffe066; font-weight:600\">");
        else if (c == QChar(Search::kHitClose))
            html += QStringLiteral("</span>");
        else
            html += QString(c).toHtmlEscaped();
    }
    return html;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    const Search::SearchHit *found = hit(index);
    if (!found)
        return {};
    const Storage::SearchRow &row = found->paragraph;
    switch (role) {
    case Qt::DisplayRole:
        return found->snippet;
    case SnippetHtmlRole:
        return snippetHtml(found->snippet);
    case SourceRole: {
        QStringList parts;
        if (!row.entityCode.isEmpty())
            parts << m_entityNames.value(row.entityCode, row.entityCode);
        parts << row.document;
        if (row.page > 0)
            parts << tr("p. %1").arg(row.page);
        if (row.footnote >= 0) // the snippet is the footnote's text, not the paragraph's
            parts << tr("footnote %1").arg(row.footnoteMarker);
        if (row.tableId != 0) // the snippet is a table cell's text
            parts << tr("table, row %1, column %2").arg(row.tableRow + 1).arg(row.tableColumn + 1);
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole:
        return row.text;
    case ParagraphIdRole:
        return row.paragraphId;
    case MarkRole:
        if (row.footnote >= 0 || row.tableId != 0 || found->matches.isEmpty())
            return {};
        return QPoint(int(Text::toCodePointOffset(row.text, found->matches.first().start)),
                      int(Text::toCodePointOffset(row.text, found->matches.first().end)));
    case SubmissionIdRole:
        return row.submissionId.value_or(0);
    case DocumentRole:
        return row.document;
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
