#include "corpusproxymodel.h"

#include "corpustreemodel.h"

namespace Rapporteur::Gui {

CorpusProxyModel::CorpusProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setNumericMode(true);
    setSortRole(CorpusTreeModel::SortRole);
}

CorpusProxyModel::~CorpusProxyModel() = default;

bool CorpusProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Rapporteur::Gui
