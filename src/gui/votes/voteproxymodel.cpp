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
    // Equal positions: in the order of the names shown, as a UN list reads in its language.
    const auto *model = qobject_cast<const VoteTableModel *>(sourceModel());
    const int names = model ? model->nameColumn() : VoteTableModel::EnglishName;
    const QCollator &collator = names == VoteTableModel::ChineseName ? m_chinese : m_english;
    const QModelIndex ln = left.siblingAtColumn(names);
    const QModelIndex rn = right.siblingAtColumn(names);
    return collator.compare(ln.data(sortRole()).toString(), rn.data(sortRole()).toString()) < 0;
}

} // namespace Rapporteur::Gui
