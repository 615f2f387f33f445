#pragma once

#include "analysis/resolutionseries.h"
#include "gui/common/columntablemodel.h"

namespace Rapporteur::Gui {

// A state's resolution series as a table: title, number of sessions, first and last session, and
// a letter per vote (Y, N, A, · for not voting) whose tooltip names each resolution. Cells are
// made when shown, so that a state with six hundred series is shown at once.
class ResolutionSeriesModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionSeriesModel)

public:
    enum Column
    {
        TitleColumn,
        SessionsColumn,
        SpanColumn,
        PositionsColumn,
        ColumnCount
    };

    explicit ResolutionSeriesModel(QObject *parent = nullptr);

    void setSeries(const QList<Analysis::ResolutionSeries> &series);

    QVariant data(const QModelIndex &index, int role) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<Analysis::ResolutionSeries> m_series;
};

} // namespace Rapporteur::Gui
