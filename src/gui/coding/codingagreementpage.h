#pragma once

#include "codinganalysisdata.h"
#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class AgreementModel;
class DisagreementModel;

// The agreement tab of the coding analysis: two coders chosen, per code the agreement on
// paragraphs (percent, Cohen's kappa, Krippendorff's alpha; uncoded paragraphs left out when
// asked), and for the chosen code the paragraphs where the two disagree. Computed off the GUI
// thread whenever the choice changes, as Coding::readAgreement does for the CLI's `agreement`.
class CodingAgreementPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingAgreementPage)

public:
    explicit CodingAgreementPage(const CorpusSession &session, QWidget *parent = nullptr);
    // Waits for a computation still running, so that no worker outlives the page.
    ~CodingAgreementPage() override;

    // The coders to choose from; the chosen two stay chosen while they are among them, and the
    // agreement is computed again (the codings may have changed).
    void setCoders(const QStringList &coders);
    // Chooses two coders and the option as the user does, and computes.
    void compare(const QString &first, const QString &second, bool excludeUncoded);
    // Lists the disagreements on a code, as choosing its row does; false when it has no row.
    bool showCode(const QString &codePath);
    bool isComputing() const { return m_read.isPending(); }
    QString statusText() const;

    AgreementModel *agreementModel() const { return m_model; }
    DisagreementModel *disagreementModel() const { return m_disagreements; }
    QTableView *agreementView() const { return m_table; }

signals:
    void computed();
    void computeFailed(const QString &message);
    void paragraphRequested(qint64 paragraphId);

private:
    void sessionChanged(CorpusSession::Changes what);
    void recompute();
    void setData(const AgreementData &agreement);
    void showRow(int row);
    void clear(const QString &status);

    const CorpusSession &m_session;
    LatestRead m_read{this};
    AgreementData m_data;
    AgreementModel *m_model;
    DisagreementModel *m_disagreements;
    QComboBox *m_first;
    QComboBox *m_second;
    QCheckBox *m_excludeUncoded;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_disagreementTitle;
    QTableView *m_disagreementView;
};

} // namespace Rapporteur::Gui
