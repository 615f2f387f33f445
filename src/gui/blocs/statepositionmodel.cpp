#include "statepositionmodel.h"

#include "gui/votes/votetablemodel.h"

#include <QColor>

#include <algorithm>

namespace Rapporteur::Gui {

StatePositionModel::StatePositionModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

StatePositionModel::~StatePositionModel() = default;

void StatePositionModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_namesZh.clear();
    m_namesEn.clear();
    for (const Row &row : rows) {
        m_namesZh.append(stateNameZh(row.code));
        m_namesEn.append(stateNameEn(row.code));
    }
    endResetModel();
}

int StatePositionModel::count(std::optional<VotePosition> position) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const Row &r) { return r.position == position; }));
}

int StatePositionModel::recordCount() const
{
    return int(m_rows.size());
}

QVariant StatePositionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameZh:
            return m_namesZh[index.row()];
        case NameEn:
            return m_namesEn[index.row()];
        case Code:
            return row.code;
        case Position:
            return row.position ? VoteTableModel::positionLabel(*row.position)
                                : tr("casts no vote");
        case Submissions:
            return row.submissions;
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return index.column() == Position && row.position
                   ? QVariant(VoteTableModel::positionColour(*row.position))
                   : QVariant();
    case Qt::ToolTipRole:
        return row.position ? QVariant()
                            : QVariant(tr("Not a member state: observers and the European "
                                          "Union cast no vote in the General Assembly"));
    case CodeRole:
        return row.code;
    case PositionRole:
        return row.position ? QVariant(int(*row.position)) : QVariant();
    default:
        return {};
    }
}

QString StatePositionModel::columnTitle(int column) const
{
    switch (column) {
    case NameZh:
        return tr("State");
    case NameEn:
        return tr("English name");
    case Code:
        return tr("Code");
    case Position:
        return tr("Position");
    case Submissions:
        return tr("Submissions");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
