#include "voteimportcontroller.h"

#include "gui/common/guilogging.h"

#include "storage/database.h"
#include "workflow/inputlimit.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace Rapporteur::Gui {

namespace {

// Forwards the worker's progress to the GUI thread, where the controller emits it; nothing once
// the controller is gone or another run has started.
class QueuedProgress final : public ProgressSink
{
public:
    QueuedProgress(VoteImportController *controller, std::function<bool()> current)
        : m_controller(controller), m_current(std::move(current))
    {
    }
    void progress(qint64 done, qint64 total, const QString &what) override
    {
        QMetaObject::invokeMethod(
            m_controller.data(),
            [controller = m_controller, current = m_current, done, total, what] {
                if (controller && current())
                    emit controller->progress(done, total, what);
            },
            Qt::QueuedConnection);
    }

private:
    QPointer<VoteImportController> m_controller;
    std::function<bool()> m_current;
};

} // namespace

VoteImportController::VoteImportController(QObject *parent) : QObject(parent) {}

VoteImportController::~VoteImportController()
{
    if (m_watcher) {
        m_cancel->cancel();
        m_watcher->waitForFinished();
    }
}

void VoteImportController::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

bool VoteImportController::start(const QString &databasePath, const QStringList &paths)
{
    if (m_watcher)
        return false;
    m_cancel = std::make_shared<CancelToken>();
    const quint64 run = ++m_run;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, databasePath] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_watcher = nullptr;
        if (!outcome.error)
            emit finished(databasePath, outcome.summary);
        else if (outcome.error->code == ErrorCode::Cancelled)
            emit canceled();
        else
            emit failed(outcome.error->userMessage);
    });
    auto sink = std::make_shared<QueuedProgress>(this, [this, run] { return run == m_run; });
    const qint64 maxInputBytes = Workflow::configuredMaxInputBytes();
    watcher->setFuture(QtConcurrent::run([databasePath, paths, maxInputBytes, cancel = m_cancel,
                                          sink]() -> Outcome {
        try {
            auto db = Storage::Database::open(databasePath);
            if (!db)
                return {{}, db.error()};
            if ((*db)->isReadOnly())
                return {{}, *(*db)->readOnlyReason()};
            auto imported = RollCalls::importVoteFiles(**db, paths, maxInputBytes, *sink, *cancel);
            if (!imported)
                return {{}, imported.error()};
            return {*imported, std::nullopt};
        } catch (const std::exception &e) {
            qCCritical(lcGui) << "exception in a vote import worker:" << e.what();
            return {{},
                    Error{ErrorCode::Internal,
                          QStringLiteral("The voting record could not be imported."),
                          QString::fromUtf8(e.what())}};
        }
    }));
    return true;
}

} // namespace Rapporteur::Gui
