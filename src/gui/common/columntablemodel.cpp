#include "columntablemodel.h"

namespace Rapporteur::Gui {

ColumnTableModel::ColumnTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

int ColumnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int ColumnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < m_columns ? QVariant(columnTitle(section)) : QVariant();
}

} // namespace Rapporteur::Gui
