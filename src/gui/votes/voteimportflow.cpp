#include "voteimportflow.h"

#include "voteimportcontroller.h"

#include <QFileDialog>
#include <QProgressDialog>
#include <QWidget>

namespace Rapporteur::Gui {

VoteImportFlow::VoteImportFlow(QWidget *window)
    : QObject(window), m_window(window), m_controller(new VoteImportController(this))
{
    connect(m_controller, &VoteImportController::progress, this,
            [this](qint64 done, qint64 total, const QString &step) {
                if (!m_dialog)
                    return;
                m_dialog->setMaximum(static_cast<int>(total));
                m_dialog->setValue(static_cast<int>(done));
                m_dialog->setLabelText(step);
            });
    const auto closeDialog = [this] {
        if (m_dialog)
            m_dialog->deleteLater();
    };
    connect(m_controller, &VoteImportController::finished, this,
            [this, closeDialog](const QString &path, const RollCalls::VoteImportSummary &summary) {
                closeDialog();
                emit imported(path, summaryText(summary));
            });
    connect(m_controller, &VoteImportController::failed, this,
            [this, closeDialog](const QString &message) {
                closeDialog();
                emit failed(message);
            });
    connect(m_controller, &VoteImportController::canceled, this, [this, closeDialog] {
        closeDialog();
        emit canceled();
    });
}

VoteImportFlow::~VoteImportFlow() = default;

bool VoteImportFlow::isRunning() const
{
    return m_controller->isRunning();
}

void VoteImportFlow::cancel()
{
    m_controller->cancel();
}

void VoteImportFlow::chooseFiles(const QString &databasePath)
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import Voting Record"), QString(),
                                      tr("Vote data: UN Digital Library or Voeten's tables (*.csv "
                                         "*.csv.gz *.gz);;All files (*)"));
    if (!paths.isEmpty())
        start(databasePath, paths);
}

bool VoteImportFlow::start(const QString &databasePath, const QStringList &paths)
{
    if (!m_controller->start(databasePath, paths))
        return false;
    auto *dialog =
        new QProgressDialog(tr("Reading the voting record…"), tr("Cancel"), 0, 0, m_window);
    dialog->setObjectName(QStringLiteral("voteImportProgress"));
    dialog->setWindowTitle(tr("Import Voting Record"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    connect(dialog, &QProgressDialog::canceled, m_controller, &VoteImportController::cancel);
    m_dialog = dialog;
    dialog->show();
    return true;
}

QString VoteImportFlow::summaryText(const RollCalls::VoteImportSummary &summary)
{
    return tr("Voting record: %1 roll calls read (%2 added, %3 updated, %4 unchanged), %5 votes.")
        .arg(summary.rollCalls)
        .arg(summary.stored.rollCallsAdded)
        .arg(summary.stored.rollCallsUpdated)
        .arg(summary.stored.rollCallsUnchanged)
        .arg(summary.votes);
}

} // namespace Rapporteur::Gui
