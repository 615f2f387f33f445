#include "citationmodel.h"

namespace Rapporteur::Gui {

CitationModel::CitationModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

CitationModel::~CitationModel() = default;

void CitationModel::setRows(const QList<CitationRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString CitationModel::placeLabel(const CitationRow &row)
{
    switch (row.citation.place) {
    case Analysis::ReferencePlace::Text:
        return tr("text");
    case Analysis::ReferencePlace::Footnote:
        return row.excerpt.footnoteMarker.isEmpty()
                   ? tr("footnote")
                   : tr("footnote %1").arg(row.excerpt.footnoteMarker);
    case Analysis::ReferencePlace::Link:
        break;
    }
    return tr("link");
}

int CitationModel::recordCount() const
{
    return static_cast<int>(m_rows.size());
}

QVariant CitationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CitationRow &row = m_rows[index.row()];
    const Analysis::Citation &c = row.citation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case State:
            // Paragraphs outside any state's submission (a report's own text) have no state.
            return c.entity ? tr("%1 (%2)").arg(c.entity->nameZh, c.entity->code)
                            : QStringLiteral("—");
        case Document:
            return c.document;
        case Page:
            return c.page > 0 ? QVariant(c.page) : QVariant();
        case Where:
            return c.mentions > 1 ? tr("%1 ×%2").arg(placeLabel(row)).arg(c.mentions)
                                  : placeLabel(row);
        case Snippet:
            return row.excerpt.snippet;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case State:
            return c.entity ? c.entity->nameEn : tr("Not in a state's submission");
        case Where:
            return tr("Named %n time(s) in this place", "", c.mentions);
        case Snippet:
            return row.excerpt.context;
        default:
            return tr("Double-click to read the paragraph");
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Page)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DocumentRole:
        return c.document;
    case SubmissionIdRole:
        return c.submission.value_or(0);
    case ParagraphIdRole:
        return c.paragraph;
    case EntityCodeRole:
        return c.entity ? c.entity->code : QString();
    case PlaceRole:
        return static_cast<int>(c.place);
    case MentionsRole:
        return c.mentions;
    default:
        return {};
    }
}

QString CitationModel::columnTitle(int column) const
{
    switch (column) {
    case State:
        return tr("State");
    case Document:
        return tr("Document");
    case Page:
        return tr("Page");
    case Where:
        return tr("Where");
    case Snippet:
        return tr("Passage");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
