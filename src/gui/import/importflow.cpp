#include "importflow.h"

#include "gui/common/filedialogs.h"

#include "importcontroller.h"
#include "importdialogs.h"
#include "importprogress.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>

namespace Rapporteur::Gui {

ImportFlow::ImportFlow(QWidget *window)
    : QObject(window), m_window(window), m_controller(new ImportController(this)),
      m_progress(new ImportProgress(window))
{
    connect(m_controller, &ImportController::runningChanged, this, [this](bool running) {
        if (running)
            m_progress->begin(static_cast<int>(m_controller->files().size()));
        else
            m_progress->end();
        emit runningChanged(running);
    });
    connect(m_controller, &ImportController::progress, m_progress, &ImportProgress::showProgress);
    connect(m_progress, &ImportProgress::cancelRequested, m_controller, &ImportController::cancel);
    connect(m_controller, &ImportController::finished, this,
            [this](const QString &databasePath, const QList<Workflow::ImportSummary> &summaries) {
                emit statusMessage(ImportDialogs::summaryHeadline(summaries));
                emit imported(databasePath, summaries);
                ImportDialogs::showSummary(m_window, summaries);
            });
    connect(m_controller, &ImportController::failed, this,
            [this](const QString &file, const Error &error) {
                emit statusMessage(tr("Import failed: %1").arg(error.userMessage));
                ImportDialogs::showError(m_window, file, error, m_controller->databasePath(),
                                         static_cast<int>(m_controller->files().size()));
            });
    connect(m_controller, &ImportController::passwordNeeded, this, &ImportFlow::askPassword);
    connect(m_controller, &ImportController::canceled, this,
            [this] { emit statusMessage(tr("Import cancelled; the corpus is unchanged.")); });
}

// The controller is a child: QObject's destructor deletes it, which cancels and waits.
ImportFlow::~ImportFlow() = default;

bool ImportFlow::isRunning() const
{
    return m_controller->isRunning();
}

bool ImportFlow::importFiles(const QString &databasePath, const QStringList &paths)
{
    if (paths.isEmpty()) {
        emit statusMessage(tr("Nothing to import: only PDFs and text files can be imported."));
        return false;
    }
    if (!m_controller->start(databasePath, paths)) {
        emit statusMessage(tr("An import is running; wait for it to end, or cancel it."));
        return false;
    }
    m_lastFolder = QFileInfo(paths.first()).absolutePath();
    emit statusMessage(paths.size() == 1
                           ? tr("Importing %1…").arg(QFileInfo(paths.first()).fileName())
                           : tr("Importing %1 files…").arg(paths.size()));
    return true;
}

void ImportFlow::chooseFiles(const QString &databasePath)
{
    const QStringList paths = FileDialogs::openFileNames(
        m_window, tr("Import Documents"), m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder,
        ImportController::fileDialogFilter());
    if (!paths.isEmpty())
        importFiles(databasePath, paths);
}

void ImportFlow::askPassword(const QString &file, bool wrongPassword)
{
    QInputDialog *dialog = ImportDialogs::askPassword(m_window, file, wrongPassword);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, file](const QString &text) {
        if (!m_controller->retryWithPassword(file, text.toUtf8()))
            emit statusMessage(tr("An import is running; wait for it to end, or cancel it."));
    });
    connect(dialog, &QDialog::rejected, this, [this, file] {
        emit statusMessage(tr("Import cancelled: “%1” cannot be read without its password; the "
                              "corpus is unchanged.")
                               .arg(QFileInfo(file).fileName()));
    });
}

} // namespace Rapporteur::Gui
