#pragma once

#include "analysis/entityprofile.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class PlenaryShareChart;

// A state's record in the General Assembly's recorded plenary votes (import-votes), for its
// profile: how many roll calls and what share of each position, those shares session by session,
// and its resolution series, one line each with its position in every session.
class PlenaryRecordView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlenaryRecordView)

public:
    explicit PlenaryRecordView(QWidget *parent = nullptr);
    ~PlenaryRecordView() override;

    // Empty tallies: a note that no voting record is imported.
    void setProfile(const Analysis::EntityProfile &profile);

    QString summaryText() const;
    PlenaryShareChart *chart() const { return m_chart; }
    QTreeWidget *seriesList() const { return m_series; }

private:
    QLabel *m_summary;
    PlenaryShareChart *m_chart;
    QLabel *m_seriesTitle;
    QTreeWidget *m_series;
};

} // namespace Rapporteur::Gui
