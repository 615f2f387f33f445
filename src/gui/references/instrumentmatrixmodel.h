#pragma once

#include "gui/common/countshade.h"

#include "analysis/citedby.h"

#include <QAbstractTableModel>
#include <QColor>

namespace Rapporteur::Gui {

// The state × instrument matrix: a row per state with a submission, a column per treaty, regime
// or organisation any of them names, and in each cell how often that state's submissions name
// it. Zero cells are left empty and the others shaded by count, so the pattern shows at a glance.
class InstrumentMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstrumentMatrixModel)

public:
    enum Role
    {
        CountRole = Qt::UserRole + 1, // int, also for empty cells
        EntityCodeRole,               // of the row
        InstrumentIdRole,             // of the column
    };

    explicit InstrumentMatrixModel(QObject *parent = nullptr);
    ~InstrumentMatrixModel() override;

    void setMatrix(const Analysis::InstrumentMatrix &matrix);
    const Analysis::InstrumentMatrix &matrix() const { return m_matrix; }
    // The cell of a state and an instrument; invalid when either has no row or column.
    QModelIndex cell(const QString &entityCode, const QString &instrumentId) const;
    // The shade of a count: the base colour at 0, the accent at the matrix's largest count.
    QColor shade(int count) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Analysis::InstrumentMatrix m_matrix;
    CountShade m_shade;
};

} // namespace Rapporteur::Gui
