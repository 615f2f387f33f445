#include "stallmonitor.h"

#include <algorithm>

#include <time.h>

namespace Rapporteur::Test {

namespace {

// The calling thread's CPU time, or -1 where the clock is missing.
qint64 threadCpuNs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
#endif
    return -1;
}

} // namespace

StallMonitor::StallMonitor(int intervalMs, QObject *parent)
    : QObject(parent), m_intervalMs(intervalMs)
{
    // A coarse timer may fire up to 5% late by design, which would read as a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

StallMonitor::~StallMonitor() = default;

void StallMonitor::start()
{
    m_longest = Stall{};
    m_overBudget = 0;
    m_ticks = 0;
    m_byPhase.clear();
    m_clock.start();
    m_lastTickNs = m_clock.nsecsElapsed();
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void StallMonitor::stop()
{
    // The time since the last tick counts too: a block just before stop() is a stall.
    if (m_timer.isActive())
        tick();
    m_timer.stop();
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    const double gapMs = double(now - m_lastTickNs) / 1e6;
    const double cpuMs = cpu < 0 || m_lastCpuNs < 0 ? -1.0 : double(cpu - m_lastCpuNs) / 1e6;
    m_lastTickNs = now;
    m_lastCpuNs = cpu;
    ++m_ticks;
    const double stallMs = gapMs - m_intervalMs;
    if (stallMs <= 0.0)
        return;
    const Stall stall{stallMs, cpuMs, m_phase};
    if (stallMs > kBudgetMs)
        ++m_overBudget;
    if (stallMs > m_longest.ms)
        m_longest = stall;
    Stall &worst = m_byPhase[m_phase];
    if (stallMs > worst.ms)
        worst = stall;
}

QList<StallMonitor::Stall> StallMonitor::longestByPhase() const
{
    QList<Stall> list = m_byPhase.values();
    std::sort(list.begin(), list.end(), [](const Stall &a, const Stall &b) { return a.ms > b.ms; });
    return list;
}

} // namespace Rapporteur::Test
