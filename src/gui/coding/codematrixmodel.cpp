#include "codematrixmodel.h"

#include <algorithm>

namespace Rapporteur::Gui {

CodeMatrixModel::CodeMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

CodeMatrixModel::~CodeMatrixModel() = default;

void CodeMatrixModel::setMatrix(const Coding::CodeMatrix &matrix, const QList<ColumnLabel> &labels)
{
    beginResetModel();
    m_matrix = matrix;
    m_labels = labels;
    int largest = 0;
    m_total = 0;
    for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
        for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
            largest = std::max(largest, matrix.count(r, c));
            m_total += matrix.count(r, c);
        }
    }
    m_shade.setMaximum(largest);
    endResetModel();
}

QModelIndex CodeMatrixModel::cell(const QString &codePath, const QString &columnKey) const
{
    const qsizetype row = m_matrix.rows.indexOf(codePath);
    const qsizetype column = m_matrix.columns.indexOf(columnKey);
    if (row < 0 || column < 0)
        return {};
    return index(static_cast<int>(row), static_cast<int>(column));
}

int CodeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.rows.size());
}

int CodeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.columns.size());
}

QVariant CodeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int count = m_matrix.count(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? QVariant(count) : QVariant();
    case Qt::BackgroundRole:
        return count > 0 ? QVariant(m_shade.background(count)) : QVariant();
    case Qt::ForegroundRole:
        return m_shade.wantsLightText(count) ? QVariant(QColor(Qt::white)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%1 × %2: %3\nClick for the segments")
            .arg(m_matrix.rows[index.row()],
                 headerData(index.column(), Qt::Horizontal).toString().replace(u'\n', u' '))
            .arg(count);
    case CountRole:
        return count;
    case IdsRole:
        return QVariant::fromValue(m_matrix.cells[index.row()][index.column()]);
    case CodePathRole:
        return m_matrix.rows[index.row()];
    case ColumnKeyRole:
        return m_matrix.columns[index.column()];
    default:
        return {};
    }
}

QVariant CodeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_matrix.columns.size()) {
        const ColumnLabel label = m_labels.value(section);
        if (role == Qt::DisplayRole)
            return label.text.isEmpty() ? m_matrix.columns[section] : label.text;
        if (role == Qt::ToolTipRole && !label.toolTip.isEmpty())
            return label.toolTip;
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_matrix.rows.size() &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return m_matrix.rows[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Rapporteur::Gui
