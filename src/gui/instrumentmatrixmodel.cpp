#include "instrumentmatrixmodel.h"

#include "referencetargetmodel.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace Rapporteur::Gui {

namespace {

const QColor kAccent(0x1f, 0x5f, 0xa8);

// Below this intensity a cell's text stays dark; above it the shade is too deep for dark text.
constexpr double kLightTextFrom = 0.55;

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * t),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * t),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

InstrumentMatrixModel::InstrumentMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

InstrumentMatrixModel::~InstrumentMatrixModel() = default;

void InstrumentMatrixModel::setMatrix(const Analysis::InstrumentMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_max = 0;
    for (const QList<int> &row : matrix.mentions) {
        for (int count : row)
            m_max = std::max(m_max, count);
    }
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

double InstrumentMatrixModel::intensity(int count) const
{
    if (count <= 0 || m_max <= 0)
        return 0;
    // Logarithmic: one state naming a regime 48 times must not wash out every single mention.
    // The floor keeps a count of 1 visible.
    const double t = std::log1p(count) / std::log1p(m_max);
    return 0.15 + 0.85 * t;
}

QColor InstrumentMatrixModel::shade(int count) const
{
    return mix(QGuiApplication::palette().color(QPalette::Base), kAccent, intensity(count));
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
    const Segmentation::DictionaryEntry &instrument = m_matrix.instruments[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? QVariant(count) : QVariant();
    case Qt::BackgroundRole:
        return count > 0 ? QVariant(shade(count)) : QVariant();
    case Qt::ForegroundRole:
        return intensity(count) > kLightTextFrom ? QVariant(QColor(Qt::white)) : QVariant();
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
        const Segmentation::DictionaryEntry &e = m_matrix.instruments[section];
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
