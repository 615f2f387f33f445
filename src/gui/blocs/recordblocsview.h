#pragma once

#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"
#include "recordanalysis.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class AgreementHeatMap;
class AgreementMapChart;

// The Voting record tab: blocs over the General Assembly's recorded plenary votes
// (import-votes). The user chooses roll calls (a range of sessions, an issue, important votes
// only, words of their titles) and how an abstention counts; the agreement of every pair is then
// read and computed off the GUI thread (readRecordAnalysis) and shown as a map of the states,
// coloured by regional group, beside the heat map in cluster order, and each group's mean
// cohesion over them. A newer request supersedes an older one.
class RecordBlocsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordBlocsView)

public:
    explicit RecordBlocsView(const CorpusSession &session, QWidget *parent = nullptr);
    ~RecordBlocsView() override;

    // Reads and computes the chosen roll calls' analysis.
    void analyse();

    Storage::RollCallQuery query() const;
    bool isBusy() const { return m_read.isPending(); }
    const RecordAnalysis &analysis() const { return m_analysis; }
    QString summaryText() const;

    // The controls, for tests and the screenshot tool.
    QSpinBox *firstSession() const { return m_first; }
    QSpinBox *lastSession() const { return m_last; }
    QComboBox *issue() const { return m_issue; }
    QCheckBox *importantOnly() const { return m_important; }
    QLineEdit *titleWords() const { return m_title; }
    AgreementMapChart *mapChart() const { return m_map; }
    AgreementHeatMap *heatMap() const { return m_heatMap; }
    QTableWidget *cohesionTable() const { return m_cohesion; }

signals:
    void analysed();
    void entityRequested(const QString &code);

private:
    void sessionChanged(CorpusSession::Changes what);
    void display(const RecordAnalysis &analysis);

    const CorpusSession &m_session;
    LatestRead m_read{this};
    RecordAnalysis m_analysis;
    QSpinBox *m_first;
    QSpinBox *m_last;
    QComboBox *m_issue;
    QCheckBox *m_important;
    QLineEdit *m_title;
    QComboBox *m_abstention;
    QComboBox *m_nonVoting;
    QPushButton *m_run;
    QLabel *m_summary;
    AgreementMapChart *m_map;
    AgreementHeatMap *m_heatMap;
    QTableWidget *m_cohesion;
};

} // namespace Rapporteur::Gui
