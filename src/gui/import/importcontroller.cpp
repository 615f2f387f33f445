#include "importcontroller.h"

#include "gui/common/guilogging.h"

#include "common/progress.h"
#include "storage/database.h"
#include "workflow/importablefile.h"
#include "workflow/importer.h"
#include "workflow/inputlimit.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <optional>

namespace Rapporteur::Gui {

using Workflow::ImportRequest;

namespace {

// What a run hands back to the GUI thread: summaries, or the error and the file it is about.
struct ImportOutcome
{
    QList<Workflow::ImportSummary> summaries;
    std::optional<Error> error;
    QString file;
    bool passwordNeeded = false;
    bool wrongPassword = false;
};

// Called on the worker thread: (file index, done, total, step); the index is the number of files
// while they are stored.
using ProgressReport = std::function<void(int, qint64, qint64, const QString &)>;

class ReportedProgress final : public Workflow::BatchProgress
{
public:
    ReportedProgress(const ProgressReport &report, int files) : m_report(report), m_files(files) {}
    void fileProgress(int index, qint64 done, qint64 total, const QString &step) override
    {
        m_report(index, done, total, step);
    }
    void storing() override { m_report(m_files, 0, 0, QString()); }

private:
    const ProgressReport &m_report;
    int m_files;
};

ImportOutcome failure(const QString &file, const Error &error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcGui) << error.userMessage << error.detail;
    ImportOutcome outcome;
    outcome.error = error;
    outcome.file = file;
    return outcome;
}

// The request an error is about (Error::file, as given or made absolute), if any.
const ImportRequest *requestOf(const Error &error, const QList<ImportRequest> &requests)
{
    if (error.file.isEmpty())
        return nullptr;
    const QString file = QFileInfo(error.file).absoluteFilePath();
    for (const ImportRequest &request : requests) {
        if (QFileInfo(request.path).absoluteFilePath() == file)
            return &request;
    }
    return nullptr;
}

// One unit of work, Workflow::importFiles, on a connection of this worker's own.
ImportOutcome runImport(const QString &databasePath, const QList<ImportRequest> &requests,
                        const CancelToken &cancel, const ProgressReport &report)
{
    try {
        auto db = Storage::Database::open(databasePath);
        if (!db)
            return failure(databasePath, db.error());
        if ((*db)->isReadOnly())
            return failure(databasePath, *(*db)->readOnlyReason());
        ReportedProgress progress(report, int(requests.size()));
        auto imported = Workflow::importFiles(**db, requests, progress, cancel);
        if (imported) {
            ImportOutcome outcome;
            outcome.summaries = std::move(imported).value();
            return outcome;
        }
        // An error about no input file is about the database.
        const ImportRequest *request = requestOf(imported.error(), requests);
        ImportOutcome outcome = failure(request ? request->path : databasePath, imported.error());
        outcome.passwordNeeded = request && imported.error().code == ErrorCode::PasswordRequired;
        outcome.wrongPassword = outcome.passwordNeeded && !request->password.isEmpty();
        return outcome;
    } catch (const std::exception &e) {
        qCCritical(lcGui) << "exception in an import worker:" << e.what();
        return failure(databasePath,
                       Error{ErrorCode::Internal,
                             ImportController::tr("An internal error stopped the import: %1")
                                 .arg(QString::fromUtf8(e.what())),
                             {}});
    }
}

} // namespace

ImportController::ImportController(QObject *parent) : QObject(parent) {}

ImportController::~ImportController()
{
    if (m_cancel)
        m_cancel->cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool ImportController::start(const QString &databasePath, const QStringList &paths)
{
    QList<ImportRequest> requests;
    for (const QString &path : paths)
        requests.append(ImportRequest{path, {}, {}, Workflow::configuredMaxInputBytes()});
    return start(databasePath, requests);
}

bool ImportController::start(const QString &databasePath, const QList<ImportRequest> &requests)
{
    if (m_running || requests.isEmpty())
        return false;
    m_databasePath = databasePath;
    m_requests = requests;
    m_cancel = std::make_shared<CancelToken>();
    const quint64 run = ++m_run;
    const QStringList files = this->files();
    // Runs on the worker: `this` is only the context of a queued call, and the destructor waits
    // for the worker, so it is alive whenever the call is posted.
    ProgressReport report = [this, run, files](int index, qint64 done, qint64 total,
                                               const QString &step) {
        const QString file = index < files.size() ? files.at(index) : QString();
        const int count = static_cast<int>(files.size());
        QMetaObject::invokeMethod(
            this, [=, this] { reportProgress(run, file, index, count, done, total, step); },
            Qt::QueuedConnection);
    };

    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, databasePath] {
        const ImportOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_watcher = nullptr;
        // Not running any more before anyone hears of the end, so a slot may start again.
        setRunning(false);
        if (!outcome.error)
            emit finished(databasePath, outcome.summaries);
        else if (outcome.error->code == ErrorCode::Cancelled)
            emit canceled();
        else if (outcome.passwordNeeded)
            emit passwordNeeded(outcome.file, outcome.wrongPassword);
        else
            emit failed(outcome.file, *outcome.error);
    });
    setRunning(true);
    watcher->setFuture(
        QtConcurrent::run([databasePath, requests, cancel = m_cancel, report = std::move(report)] {
            return runImport(databasePath, requests, *cancel, report);
        }));
    return true;
}

bool ImportController::retryWithPassword(const QString &file, const QByteArray &password)
{
    if (m_running)
        return false;
    QList<ImportRequest> requests = m_requests;
    bool found = false;
    for (ImportRequest &request : requests) {
        if (request.path == file) {
            request.password = password;
            found = true;
        }
    }
    return found && start(m_databasePath, requests);
}

QStringList ImportController::files() const
{
    QStringList paths;
    for (const ImportRequest &request : m_requests)
        paths.append(request.path);
    return paths;
}

void ImportController::cancel()
{
    if (m_running && m_cancel)
        m_cancel->cancel();
}

void ImportController::reportProgress(quint64 run, const QString &file, int fileIndex,
                                      int fileCount, qint64 done, qint64 total, const QString &step)
{
    if (run == m_run && m_running)
        emit progress(file, fileIndex, fileCount, done, total, step);
}

void ImportController::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

bool ImportController::isImportable(const QString &path)
{
    return Workflow::isImportableFile(path);
}

QStringList ImportController::importableFiles(const QStringList &paths)
{
    QStringList files;
    QSet<QString> seen;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!seen.contains(absolute) && isImportable(path)) {
            seen.insert(absolute);
            files.append(path);
        }
    }
    return files;
}

QStringList ImportController::importableFiles(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return importableFiles(paths);
}

QString ImportController::fileDialogFilter()
{
    return tr("UN documents (*.pdf *.txt);;PDF files (*.pdf);;Text files (*.txt);;All files (*)");
}

} // namespace Rapporteur::Gui
