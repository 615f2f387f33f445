#include "voteproxymodel.h"

#include "votetablemodel.h"

namespace Rapporteur::Gui {

VoteProxyModel::VoteProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_chinese(QLocale(QLocale::Chinese, QLocale::China)),
      m_english(QLocale(QLocale::English, QLocale::UnitedStates))
{
    setSortRole(VoteTableModel::SortRole);
}

VoteProxyModel::~VoteProxyModel() = default;

void VoteProxyModel::setPositions(const QSet<VotePosition> &positions)
{
    m_positions = positions;
    invalidateFilter();
}

bool VoteProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_positions.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_positions.contains(
        static_cast<VotePosition>(index.data(VoteTableModel::PositionRole).toInt()));
}

bool VoteProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const QCollator &collator =
            left.column() == VoteTableModel::ChineseName ? m_chinese : m_english;
        return collator.compare(l.toString(), r.toString()) < 0;
    }
    if (l != r)
        return QSortFilterProxyModel::lessThan(left, right);
    // Equal positions: English order within each, as a UN list reads.
    const QModelIndex ln = left.siblingAtColumn(VoteTableModel::EnglishName);
    const QModelIndex rn = right.siblingAtColumn(VoteTableModel::EnglishName);
    return m_english.compare(ln.data(sortRole()).toString(), rn.data(sortRole()).toString()) < 0;
}

} // namespace Rapporteur::Gui
