#pragma once

#include <QString>

#include <atomic>

namespace Rapporteur {

// Receives progress from long work. Implementations must be cheap and thread-safe: work calls
// them from a worker thread (the GUI forwards through a queued signal; the CLI prints).
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    virtual void progress(qint64 done, qint64 total, const QString &what) = 0;
};

// A sink for callers that do not care.
class NullProgress final : public ProgressSink
{
public:
    void progress(qint64, qint64, const QString &) override {}
};

// Set from any thread, polled by the work between steps.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

} // namespace Rapporteur
