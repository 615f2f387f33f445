#pragma once

#include "gui/common/countshade.h"

#include "coding/retrieval.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

namespace Rapporteur::Gui {

// A retrieval matrix of coding (code × state, code × vote position, code × code): a row per code
// path, a column per what the matrix counts by, and in each cell how many segments (or
// paragraphs) lie behind it, with their ids for the list under the table. Zero cells are left
// empty and the others shaded by count, so the pattern shows at a glance.
class CodeMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeMatrixModel)

public:
    enum Role
    {
        CountRole = Qt::UserRole + 1, // int, also for empty cells
        IdsRole,                      // QList<qint64>: coding (or paragraph) ids, corpus order
        CodePathRole,                 // of the row
        ColumnKeyRole,                // of the column, as the core names it (AUS, yes, a code)
    };

    // How a column is shown: its header and the header's tooltip.
    struct ColumnLabel
    {
        QString text;
        QString toolTip;
    };

    explicit CodeMatrixModel(QObject *parent = nullptr);
    ~CodeMatrixModel() override;

    // labels: one per column of the matrix; missing ones show the core's key.
    void setMatrix(const Coding::CodeMatrix &matrix, const QList<ColumnLabel> &labels = {});
    const Coding::CodeMatrix &matrix() const { return m_matrix; }
    // The cell of a code path and a column key; invalid when either is not in the matrix.
    QModelIndex cell(const QString &codePath, const QString &columnKey) const;
    int total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Coding::CodeMatrix m_matrix;
    QList<ColumnLabel> m_labels;
    CountShade m_shade;
    int m_total = 0;
};

} // namespace Rapporteur::Gui
