#include "corpusproxymodel.h"

#include "corpustreemodel.h"

namespace Rapporteur::Gui {

CorpusProxyModel::CorpusProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setNumericMode(true);
    setSortRole(CorpusTreeModel::SortRole);
    // A kept submission keeps its section and document on show.
    setRecursiveFilteringEnabled(true);
}

CorpusProxyModel::~CorpusProxyModel() = default;

void CorpusProxyModel::setFilterText(const QString &text)
{
    const QString query = text.trimmed().toLower();
    if (query == m_query)
        return;
    m_query = query;
    m_compactQuery = QString(query).remove(QLatin1Char(' '));
    invalidateFilter();
}

bool CorpusProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool CorpusProxyModel::matches(const QModelIndex &sourceIndex) const
{
    const QString keys = sourceIndex.data(CorpusTreeModel::FilterKeysRole).toString();
    return keys.contains(m_query) || keys.contains(m_compactQuery);
}

bool CorpusProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_query.isEmpty())
        return true;
    if (matches(sourceModel()->index(sourceRow, 0, sourceParent)))
        return true;
    for (QModelIndex above = sourceParent; above.isValid(); above = above.parent()) {
        if (matches(above))
            return true;
    }
    return false;
}

} // namespace Rapporteur::Gui
