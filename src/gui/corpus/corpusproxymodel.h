#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Rapporteur::Gui {

// Sorts and filters a CorpusTreeModel. Strings compare with a Chinese collator (pinyin order,
// numbers by value), not by code point; dates and counts compare as values. Unsorted (column -1)
// it shows the source order, which for the corpus is the order of the documents themselves.
//
// The filter keeps an item when its Chinese or English name, code, pinyin (whole or initials),
// symbol or subject contains the text, case aside; the documents and sections above a kept item
// stay, and so does everything under a kept document or section.
class CorpusProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusProxyModel)

public:
    explicit CorpusProxyModel(QObject *parent = nullptr);
    ~CorpusProxyModel() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_query; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(const QModelIndex &sourceIndex) const;

    QCollator m_collator;
    QString m_query;        // lower case, trimmed
    QString m_compactQuery; // without spaces: "ao da li" finds "aodaliya"
};

} // namespace Rapporteur::Gui
