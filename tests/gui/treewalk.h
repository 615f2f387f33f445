#pragma once

#include "gui/corpus/corpustreemodel.h"

#include <QAbstractItemModel>
#include <QList>
#include <QModelIndex>

namespace Rapporteur::Test {

// Every item of a kind under parent, depth first in the order shown: what a user sees scrolling
// down a corpus tree (or a proxy of one) with everything expanded.
inline QList<QModelIndex> itemsOfKind(const QAbstractItemModel &model,
                                      Gui::CorpusTreeModel::ItemKind kind,
                                      const QModelIndex &parent = {})
{
    QList<QModelIndex> found;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(Gui::CorpusTreeModel::KindRole).toInt() == static_cast<int>(kind))
            found << index;
        found << itemsOfKind(model, kind, index);
    }
    return found;
}

inline QStringList namesOf(const QList<QModelIndex> &indexes)
{
    QStringList names;
    for (const QModelIndex &index : indexes)
        names << index.data().toString();
    return names;
}

} // namespace Rapporteur::Test
