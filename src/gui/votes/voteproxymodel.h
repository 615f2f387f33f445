#pragma once

#include "common/recordedvote.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Rapporteur::Gui {

// Sorts a VoteTableModel by English name (the order of UN lists), by Chinese name in pinyin
// order (a Chinese collator), by code or by position (within one, by the names the model shows
// first), and shows only the positions chosen.
class VoteProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteProxyModel)

public:
    explicit VoteProxyModel(QObject *parent = nullptr);
    ~VoteProxyModel() override;

    // Every position when empty.
    void setPositions(const QSet<VotePosition> &positions);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<VotePosition> m_positions;
    QCollator m_chinese;
    QCollator m_english;
};

} // namespace Rapporteur::Gui
