#include "resolutionseriesmodel.h"

#include <QFontDatabase>

namespace Rapporteur::Gui {

ResolutionSeriesModel::ResolutionSeriesModel(QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
{
}

void ResolutionSeriesModel::setSeries(const QList<Analysis::ResolutionSeries> &series)
{
    beginResetModel();
    m_series = series;
    endResetModel();
}

int ResolutionSeriesModel::recordCount() const
{
    return static_cast<int>(m_series.size());
}

QVariant ResolutionSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_series.size())
        return {};
    const Analysis::ResolutionSeries &s = m_series[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return s.title;
        case SessionsColumn:
            return s.sessions; // a number: sorts as one
        case SpanColumn:
            return tr("%1–%2").arg(s.votes.constFirst().session, s.votes.constLast().session);
        case PositionsColumn: {
            QString letters;
            for (const Storage::StatePlenaryVote &v : s.votes)
                letters.append(Analysis::seriesLetter(v.position));
            return letters;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TitleColumn)
            return s.title;
        if (index.column() == PositionsColumn) {
            QStringList lines;
            for (const Storage::StatePlenaryVote &v : s.votes)
                lines.append(tr("%1 (session %2, %3): %4")
                                 .arg(v.resolution, v.session, v.date.toString(Qt::ISODate),
                                      Storage::rollCallPositionName(v.position)));
            return lines.join(u'\n');
        }
    }
    if (role == Qt::FontRole && index.column() == PositionsColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QString ResolutionSeriesModel::columnTitle(int column) const
{
    switch (column) {
    case TitleColumn:
        return tr("Series");
    case SessionsColumn:
        return tr("Sessions");
    case SpanColumn:
        return tr("From–to");
    case PositionsColumn:
        return tr("Positions");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
