#include "parallelreadingmodel.h"

#include "gui/settings/translation.h"

#include <QBrush>
#include <QPalette>

namespace Rapporteur::Gui {

ParallelReadingModel::ParallelReadingModel(QObject *parent) : QAbstractTableModel(parent) {}

ParallelReadingModel::~ParallelReadingModel() = default;

void ParallelReadingModel::setRows(const QStringList &languages,
                                   const QList<Analysis::ParallelRow> &rows)
{
    beginResetModel();
    m_languages = languages;
    m_rows = rows;
    endResetModel();
}

void ParallelReadingModel::clear()
{
    setRows({}, {});
}

int ParallelReadingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParallelReadingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant ParallelReadingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Analysis::ParallelRow &row = m_rows.at(index.row());
    const bool left = index.column() == 0;
    switch (role) {
    case Qt::DisplayRole:
        return left ? row.left : row.right;
    case ParagraphIdRole:
        return left ? row.leftId : row.rightId;
    case ScoreRole:
        return row.score;
    case Qt::ToolTipRole:
        if (row.leftId == 0 || row.rightId == 0)
            return tr("This paragraph faces nothing in the other version.");
        return tr("Lengths agree %1% with the documents' own ratio.").arg(qRound(row.score * 100));
    case Qt::BackgroundRole:
        if (row.score < kDoubtfulScore || row.leftId == 0 || row.rightId == 0)
            return QBrush(QPalette().color(QPalette::AlternateBase).darker(108));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant ParallelReadingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 ||
        section >= m_languages.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return languageLabel(m_languages.at(section));
}

} // namespace Rapporteur::Gui
