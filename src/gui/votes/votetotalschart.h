#pragma once

#include "common/recordedvote.h"
#include "storage/voterecords.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The totals of every recorded vote of the corpus side by side (Qt Charts): one stacked bar per
// vote, in favour / against / abstaining / not voting in the colours of the vote table.
// Clicking a bar chooses that vote.
class VoteTotalsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteTotalsChart)

public:
    explicit VoteTotalsChart(QWidget *parent = nullptr);
    ~VoteTotalsChart() override;

    void setVotes(const QList<Storage::VoteRecord> &votes);

    // What the chart shows, for tests and for reading it aloud: the bars' labels, and the
    // values of one position in the order of the bars.
    QStringList categories() const;
    QList<int> values(VotePosition position) const;

signals:
    void voteChosen(int index);

private:
    QChartView *m_view;
};

} // namespace Rapporteur::Gui
