#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Rapporteur::Gui {

// Sorts a CorpusTreeModel by its SortRole. Strings compare with a Chinese collator (pinyin order,
// numbers by value), not by code point; dates and counts compare as values. Unsorted (column -1)
// it shows the source order, which for the corpus is the order of the documents themselves.
class CorpusProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusProxyModel)

public:
    explicit CorpusProxyModel(QObject *parent = nullptr);
    ~CorpusProxyModel() override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace Rapporteur::Gui
