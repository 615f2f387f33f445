#pragma once

#include "backgroundread.h"

#include <QObject>

#include <utility>

namespace Rapporteur::Gui {

// A view's background reads of one kind, of which only the newest counts: each run() supersedes
// the runs before it, and drop() all of them (the database changed, the choice changed). A
// superseded run still finishes on its worker; its result is dropped when it arrives, so the
// view never shows an older answer over a newer one. Lives as a member of its owner, whose
// thread receives the results.
class LatestRead final
{
public:
    explicit LatestRead(QObject *owner) : m_owner(owner) {}
    Q_DISABLE_COPY_MOVE(LatestRead)

    // Runs work() on the thread pool, then done(result) on the owner's thread unless a later
    // run() or drop() came first.
    template <typename Work, typename Done> void run(Work work, Done done)
    {
        const quint64 request = ++m_request;
        m_pending = true;
        runInBackground(m_owner, std::move(work),
                        [this, request, done = std::move(done)](const auto &result) {
                            if (request != m_request)
                                return; // superseded
                            m_pending = false;
                            done(result);
                        });
    }

    // The results of every run so far are no longer wanted.
    void drop()
    {
        ++m_request;
        m_pending = false;
    }

    // A run whose result is still wanted has not reported yet.
    bool isPending() const { return m_pending; }

private:
    QObject *m_owner;
    quint64 m_request = 0;
    bool m_pending = false;
};

} // namespace Rapporteur::Gui
