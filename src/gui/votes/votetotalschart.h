#pragma once

#include "common/recordedvote.h"
#include "storage/voterecords.h"

#include <QRectF>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The totals of every recorded vote of the corpus one above the other (Qt Charts): one stacked
// bar per vote, in favour / against / abstaining / not voting in the colours of the vote table.
// Clicking a bar chooses that vote. The chart is as tall as its bars need, measured in the font:
// a bar holds a line of numbers, whatever the dock's size; the legend below wraps.
class VoteTotalsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteTotalsChart)

public:
    explicit VoteTotalsChart(QWidget *parent = nullptr);
    ~VoteTotalsChart() override;

    void setVotes(const QList<Storage::VoteRecord> &votes);

    // What the chart shows, for tests and for reading it aloud: the bars' labels, and the
    // values of one position in the order of the bars (the votes' order, top down).
    QStringList categories() const;
    QList<int> values(VotePosition position) const;
    // Where the bars are drawn, in the chart's coordinates, and the view showing the chart.
    QRectF plotArea() const;
    QChartView *view() const;
    // The height of one vote's row.
    int rowHeight() const;

signals:
    void voteChosen(int index);

private:
    int plotHeight() const;
    void fitHeight();

    QChartView *m_view;
    QLabel *m_legend;
    qsizetype m_rows = 0;
};

} // namespace Rapporteur::Gui
