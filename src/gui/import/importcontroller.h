#pragma once

#include "common/error.h"
#include "workflow/importrequest.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QFutureWatcherBase;
QT_END_NAMESPACE

namespace Rapporteur {
class CancelToken;
}

namespace Rapporteur::Gui {

// Runs an import of files into a database off the GUI thread and reports on the GUI thread.
// Each run reads and segments every file, then stores them all in one transaction, on a thread
// of the global pool with a database connection of its own: all files or, on any error or a
// cancel, none of them. One import at a time: start() while one runs is refused (it returns
// false), because a second unit of work queued behind the first would be stored even if the
// user, seeing the first one's error, no longer wanted it.
//
// Exactly one of finished, failed, passwordNeeded and canceled ends every run started.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(QObject *parent = nullptr);
    // Cancels the run in progress and waits for it, so that no worker outlives the controller
    // (or the database file a test is about to delete). Nothing is stored then.
    ~ImportController() override;

    bool start(const QString &databasePath, const QList<Workflow::ImportRequest> &requests);
    bool start(const QString &databasePath, const QStringList &paths);
    // Runs the last requests again, with this password for `file` (after passwordNeeded).
    // False while an import runs or when `file` was not among the last requests.
    bool retryWithPassword(const QString &file, const QByteArray &password);
    // Asks the run to stop at its next step; it then ends with canceled().
    void cancel();
    bool isRunning() const { return m_running; }
    // The database and the files of the run in progress, or of the last one.
    QString databasePath() const { return m_databasePath; }
    QStringList files() const;

    // The files among dropped URLs or paths that an import can read: existing local files named
    // *.pdf or *.txt (any case), or whose first bytes say %PDF-. Order kept, duplicates dropped.
    static QStringList importableFiles(const QList<QUrl> &urls);
    static QStringList importableFiles(const QStringList &paths);
    static bool isImportable(const QString &path);
    // A QFileDialog name filter for the files an import reads.
    static QString fileDialogFilter();

signals:
    void runningChanged(bool running);
    // fileIndex counts from 0 among fileCount files; done of total are the pages or steps of
    // that file (total 0: unknown). While storing, file is empty and fileIndex == fileCount.
    void progress(const QString &file, int fileIndex, int fileCount, qint64 done, qint64 total,
                  const QString &step);
    void finished(const QString &databasePath,
                  const QList<Rapporteur::Workflow::ImportSummary> &summaries);
    // file is the file the error is about (the database's path when that could not be opened);
    // error.userMessage says what is wrong in a sentence that starts with the file's name.
    void failed(const QString &file, const Rapporteur::Error &error);
    // An encrypted PDF: retryWithPassword() runs the import again. wrongPassword when the
    // password given did not open it.
    void passwordNeeded(const QString &file, bool wrongPassword);
    void canceled();

private:
    void reportProgress(quint64 run, const QString &file, int fileIndex, int fileCount, qint64 done,
                        qint64 total, const QString &step);
    void setRunning(bool running);

    QString m_databasePath;
    QList<Workflow::ImportRequest> m_requests;
    std::shared_ptr<CancelToken> m_cancel;
    QFutureWatcherBase *m_watcher = nullptr;
    quint64 m_run = 0;
    bool m_running = false;
};

} // namespace Rapporteur::Gui
