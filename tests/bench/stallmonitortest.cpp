// The stall monitor that the GUI responsiveness benchmark relies on: it must see a blocked event
// loop, and must not see one in an idle loop. Thresholds are generous because the machines are
// shared: a blocked loop is 120 ms long, an idle one may be descheduled for a few milliseconds.
#include "stallmonitor.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <time.h>

using Rapporteur::Test::StallMonitor;

namespace {

// Runs the event loop for a while. Not QTest::qWait: it sleeps between batches of events, which
// the monitor would rightly count as (short) stalls.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

TEST(StallMonitor, DetectsABlockedGuiThreadAndNamesItsPhase)
{
    StallMonitor monitor;
    monitor.start();
    monitor.setPhase(QStringLiteral("before"));
    runEventLoop(60);
    monitor.setPhase(QStringLiteral("block"));
    QTimer::singleShot(0, [] { QThread::msleep(120); });
    runEventLoop(60);
    monitor.setPhase(QStringLiteral("after"));
    runEventLoop(60);
    monitor.stop();

    EXPECT_GE(monitor.longestStallMs(), 100.0);
    EXPECT_LT(monitor.longestStallMs(), 1000.0);
    EXPECT_EQ(monitor.longestStallPhase(), QStringLiteral("block"));
    EXPECT_GE(monitor.stallsOverBudget(), 1);
    EXPECT_GT(monitor.ticks(), 10); // it ticked before and after the block
    const auto byPhase = monitor.longestByPhase();
    ASSERT_FALSE(byPhase.isEmpty());
    EXPECT_EQ(byPhase.first().phase, QStringLiteral("block"));
    // Sleeping is waiting, not work: the thread used hardly any CPU time in that stall.
    EXPECT_LT(monitor.longestStall().cpuMs, 50.0);
}

TEST(StallMonitor, TellsWorkOnTheGuiThreadByItsCpuTime)
{
    StallMonitor monitor;
    monitor.start();
    runEventLoop(20);
    // Busy until the thread has used 120 ms of CPU (however long the machine makes that take).
    QTimer::singleShot(0, [] {
        const qint64 start = threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        while (threadCpuNs() - start < 120'000'000 && !wall.hasExpired(5000)) {
        }
    });
    runEventLoop(60);
    monitor.stop();
    EXPECT_GE(monitor.longestStallMs(), 100.0);
    EXPECT_GE(monitor.longestStall().cpuMs, 100.0);
}

TEST(StallMonitor, AnIdleLoopStaysUnderTheBudget)
{
    StallMonitor monitor;
    monitor.start();
    monitor.setPhase(QStringLiteral("idle"));
    runEventLoop(300);
    monitor.stop();

    EXPECT_LT(monitor.longestStallMs(), StallMonitor::kBudgetMs);
    EXPECT_EQ(monitor.stallsOverBudget(), 0);
    // At a 2 ms interval 300 ms give about 150 ticks; far fewer would mean it hardly ran.
    EXPECT_GT(monitor.ticks(), 50);
}

TEST(StallMonitor, CountsABlockJustBeforeStop)
{
    StallMonitor monitor;
    monitor.start();
    runEventLoop(20);
    QThread::msleep(120); // no tick follows: stop() itself must see the gap
    monitor.stop();
    EXPECT_GE(monitor.longestStallMs(), 100.0);
    EXPECT_FALSE(monitor.isRunning());
}
