#pragma once

#include <QAbstractTableModel>

namespace Rapporteur::Gui {

// A table model whose columns are fixed, a row per record: it answers the row and column counts
// and the horizontal headers' texts, so that a model writes only its rows' number, its cells
// (data) and its columns' titles. The titles are asked for each time, in the interface's
// language, so that a change of language shows at once.
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnTableModel)

public:
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ColumnTableModel(int columns, QObject *parent);

private:
    virtual int recordCount() const = 0;
    virtual QString columnTitle(int column) const = 0;

    int m_columns;
};

} // namespace Rapporteur::Gui
