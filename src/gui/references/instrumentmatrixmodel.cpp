#include "instrumentmatrixmodel.h"

#include "referencetargetmodel.h"

#include <algorithm>

namespace Rapporteur::Gui {

InstrumentMatrixModel::InstrumentMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

InstrumentMatrixModel::~InstrumentMatrixModel() = default;

void InstrumentMatrixModel::setMatrix(const Analysis::InstrumentMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    int largest = 0;
    for (const QList<int> &row : matrix.mentions) {
        for (int count : row)
            largest = std::max(largest, count);
    }
    m_shade.setMaximum(largest);
    endResetModel();
}

QModelIndex InstrumentMatrixModel::cell(const QString &entityCode,
                                        const QString &instrumentId) const
{
    int row = -1;
    for (qsizetype r = 0; r < m_matrix.entities.size() && row < 0; ++r) {
        if (m_matrix.entities[r].code == entityCode)
            row = static_cast<int>(r);
    }
    for (qsizetype c = 0; c < m_matrix.instruments.size() && row >= 0; ++c) {
        if (m_matrix.instruments[c].id == instrumentId)
            return index(row, static_cast<int>(c));
    }
    return {};
}

QColor InstrumentMatrixModel::shade(int count) const
{
    return m_shade.background(count);
}

int InstrumentMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.entities.size());
}

int InstrumentMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.instruments.size());
}

QVariant InstrumentMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int count = m_matrix.mentions[index.row()][index.column()];
    const Storage::EntityRef &entity = m_matrix.entities[index.row()];
    const ReferenceData::DictionaryEntry &instrument = m_matrix.instruments[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? QVariant(count) : QVariant();
    case Qt::BackgroundRole:
        return count > 0 ? QVariant(shade(count)) : QVariant();
    case Qt::ForegroundRole:
        return m_shade.wantsLightText(count) ? QVariant(QColor(Qt::white)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%1 names %2: %n time(s)", "", count).arg(entity.nameZh, instrument.nameZh);
    case CountRole:
        return count;
    case EntityCodeRole:
        return entity.code;
    case InstrumentIdRole:
        return instrument.id;
    default:
        return {};
    }
}

QVariant InstrumentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_matrix.instruments.size()) {
        const ReferenceData::DictionaryEntry &e = m_matrix.instruments[section];
        if (role == Qt::DisplayRole)
            return e.id;
        if (role == Qt::ToolTipRole)
            return tr("%1\n%2 (%3)")
                .arg(e.nameZh, e.nameEn, ReferenceTargetModel::instrumentKindLabel(e.kind));
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_matrix.entities.size()) {
        const Storage::EntityRef &e = m_matrix.entities[section];
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(e.nameZh, e.code);
        if (role == Qt::ToolTipRole)
            return e.nameEn;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Rapporteur::Gui
