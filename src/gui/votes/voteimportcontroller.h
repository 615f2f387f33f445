#pragma once

#include "rollcalls/voteimport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Rapporteur::Gui {

// File ▸ Import Voting Record…: the General Assembly's recorded votes (RollCalls::importVoteFiles)
// read and stored on a worker thread with a connection of its own, with progress and Cancel.
// One transaction: a failed or cancelled run leaves the database as it was.
class VoteImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteImportController)

public:
    explicit VoteImportController(QObject *parent = nullptr);
    // Cancels the run in progress and waits for it: no worker outlives the controller.
    ~VoteImportController() override;

    // False while a run is in progress.
    bool start(const QString &databasePath, const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

signals:
    void progress(qint64 done, qint64 total, const QString &step);
    void finished(const QString &databasePath,
                  const Rapporteur::RollCalls::VoteImportSummary &summary);
    void failed(const QString &message);
    void canceled();

private:
    struct Outcome
    {
        RollCalls::VoteImportSummary summary;
        std::optional<Error> error;
    };

    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<CancelToken> m_cancel;
    quint64 m_run = 0;
};

} // namespace Rapporteur::Gui
