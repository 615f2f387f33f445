#pragma once

#include "blocs/agreementlong.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// Two states' agreement session by session (Blocs::pairAgreementBySession) as a line over the
// session numbers, 0 to 1. Emergency special sessions have no number on the axis and are left
// out of the line.
class PairAgreementChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairAgreementChart)

public:
    explicit PairAgreementChart(QWidget *parent = nullptr);
    ~PairAgreementChart() override;

    // title: what the line is ("Australia and China").
    void setRows(const QList<Blocs::AgreementRow> &rows, const QString &title);
    QList<QPointF> points() const; // (session, agreement), as drawn

private:
    QChartView *m_view;
};

} // namespace Rapporteur::Gui
