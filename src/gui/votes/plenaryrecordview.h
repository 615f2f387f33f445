#pragma once

#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"

#include "analysis/entityprofile.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class PairAgreementChart;
class PlenaryShareChart;
class ResolutionSeriesModel;

// A state's record in the General Assembly's recorded plenary votes (import-votes), for its
// profile: how many roll calls and what share of each position, those shares session by session,
// its resolution series, one line each with its position in every session, and its agreement
// with a state the user chooses, session by session.
class PlenaryRecordView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlenaryRecordView)

public:
    explicit PlenaryRecordView(const CorpusSession &session, QWidget *parent = nullptr);
    ~PlenaryRecordView() override;

    // Empty tallies: a note that no voting record is imported.
    void setProfile(const Analysis::EntityProfile &profile);
    // The state's agreement with another, session by session, read off the GUI thread.
    void showAgreementWith(const QString &code);

    QString summaryText() const;
    PlenaryShareChart *chart() const { return m_chart; }
    ResolutionSeriesModel *seriesModel() const { return m_seriesModel; }
    QSortFilterProxyModel *seriesOrder() const { return m_seriesOrder; } // what the table shows
    PairAgreementChart *agreementChart() const { return m_agreement; }

signals:
    void agreementShown();

private:
    const CorpusSession &m_session;
    QLabel *m_summary;
    PlenaryShareChart *m_chart;
    QLabel *m_seriesTitle;
    ResolutionSeriesModel *m_seriesModel;
    QSortFilterProxyModel *m_seriesOrder;
    QTableView *m_series;
    QComboBox *m_other;
    PairAgreementChart *m_agreement;
    QString m_code;
    LatestRead m_read{this};
};

} // namespace Rapporteur::Gui
