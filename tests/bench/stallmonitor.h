#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Rapporteur::Test {

// Measures how long the GUI thread's event loop goes without turning: a precise timer ticks every
// few milliseconds on the thread that owns the monitor, and a gap between two ticks longer than
// the interval is time in which the loop could not answer the user (no input, no painting). For
// tests and benchmarks of responsiveness: "no work on the GUI thread longer than 50 ms".
//
// A stall is attributed to the phase current when it ends, i.e. when the loop turns again: work
// started by the code that set the phase, or a result arriving during it. Each stall also records
// the CPU time the GUI thread used during it: on a shared machine a long stall with little CPU
// time is the thread waiting (for the scheduler, a lock or the disk), one with as much CPU time
// as wall time is work done on the GUI thread.
class StallMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMonitor)

public:
    // The budget of issue 5: a stall longer than this is over budget.
    static constexpr double kBudgetMs = 50.0;

    struct Stall
    {
        double ms = 0.0;    // beyond the interval
        double cpuMs = 0.0; // the GUI thread's CPU time during the gap (-1: not measured)
        QString phase;
    };

    explicit StallMonitor(int intervalMs = 2, QObject *parent = nullptr);
    ~StallMonitor() override;

    // Clears what was measured and starts ticking; stop() keeps the results.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    void setPhase(const QString &phase) { m_phase = phase; }
    QString phase() const { return m_phase; }

    // The longest time the loop did not turn beyond the interval, in milliseconds.
    double longestStallMs() const { return m_longest.ms; }
    // The phase in which the longest stall ended (empty when there was none).
    QString longestStallPhase() const { return m_longest.phase; }
    Stall longestStall() const { return m_longest; }
    int stallsOverBudget() const { return m_overBudget; }
    int ticks() const { return m_ticks; }
    // The longest stall of every phase that had one, longest first.
    QList<Stall> longestByPhase() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_lastCpuNs = 0;
    int m_intervalMs;
    QString m_phase;
    Stall m_longest;
    int m_overBudget = 0;
    int m_ticks = 0;
    QHash<QString, Stall> m_byPhase;
};

} // namespace Rapporteur::Test
