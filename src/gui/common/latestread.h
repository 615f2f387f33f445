#pragma once

#include "backgroundread.h"

#include <QHash>
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

// The same rule per key, for a loader that serves several views at once (a side-by-side column,
// a reader): the newest run of each key wins; runs of other keys go on.
template <typename Key> class LatestReadPerKey final
{
public:
    explicit LatestReadPerKey(QObject *owner) : m_owner(owner) {}
    Q_DISABLE_COPY_MOVE(LatestReadPerKey)

    template <typename Work, typename Done> void run(const Key &key, Work work, Done done)
    {
        const quint64 request = ++m_lastRequest;
        m_latest.insert(key, request);
        runInBackground(m_owner, std::move(work),
                        [this, key, request, done = std::move(done)](const auto &result) {
                            const auto latest = m_latest.constFind(key);
                            if (latest == m_latest.cend() || *latest != request)
                                return; // superseded
                            m_latest.erase(latest);
                            done(result);
                        });
    }

    // The results of the key's runs so far are no longer wanted.
    void drop(const Key &key) { m_latest.remove(key); }
    bool isPending(const Key &key) const { return m_latest.contains(key); }

private:
    QObject *m_owner;
    QHash<Key, quint64> m_latest;
    quint64 m_lastRequest = 0;
};

} // namespace Rapporteur::Gui
