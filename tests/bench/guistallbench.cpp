// GUI responsiveness (issue 5): the longest time the GUI thread's event loop does not turn while
// the sample corpus is imported and while the user switches views, in the real main window on the
// offscreen platform. A measurement, not a test: it always exits 0 and says "over budget" when a
// stall is longer than 50 ms. See docs/performance.md, "GUI responsiveness".
//
//   build/tests/bench_gui_stall [--runs N] [--steps K]
#include "guistallscenario.h"

#include "gui/settings/applicationfont.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Rapporteur;
using Bench::PhaseResult;

namespace {

// The temporary lives until the end of the full expression that prints it.
QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

void printPhase(const PhaseResult &phase, int stepsShown)
{
    const bool over = phase.longestMs > Test::StallMonitor::kBudgetMs;
    std::printf("  %-13s longest stall %6.1f ms  stalls > 50 ms: %d  wall %7.0f ms%s\n",
                utf8(phase.name).constData(), phase.longestMs, phase.overBudget, phase.wallMs,
                over ? "  OVER BUDGET" : "");
    std::printf("  %-13s   in step: %s (GUI thread CPU %.1f ms of it)\n", "",
                utf8(phase.longestStep).constData(), phase.longestCpuMs);
    for (int i = 0; i < std::min(stepsShown, int(phase.byStep.size())); ++i)
        std::printf("  %-13s   %6.1f ms (CPU %5.1f)  %s\n", "", phase.byStep[i].ms,
                    phase.byStep[i].cpuMs, utf8(phase.byStep[i].phase).constData());
    for (const QString &problem : phase.problems)
        std::printf("  %-13s   problem: %s\n", "", utf8(problem).constData());
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n == 0 ? 0.0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? std::max(1, args[i + 1].toInt()) : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // no settings or recent files of the user's
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapporteur-bench"));
    QApplication::setOrganizationName(QStringLiteral("rapporteur"));
    Gui::applySimplifiedChineseFont(); // the font the window uses for Chinese text

    const QStringList args = QApplication::arguments();
    const int runs = intOption(args, QStringLiteral("--runs"), 3);
    const int stepsShown = intOption(args, QStringLiteral("--steps"), 5);
    const Bench::GuiStallScenario::Files files{
        QStringLiteral(RAPPORTEUR_CORPUS_DIR "/A-77-96.zh.txt"),
        QStringLiteral(RAPPORTEUR_CORPUS_DIR "/first-committee-79-item-106-report.zh.txt"),
        QStringLiteral(RAPPORTEUR_GENERATED_DIR "/A-77-96.zh.pdf"),
        QStringLiteral(RAPPORTEUR_CORPUS_DIR "/real/A-80-604-Add.6.en.pdf"),
        {QStringLiteral(RAPPORTEUR_GA_VOTES_DIR "/un_votes.csv.gz"),
         QStringLiteral(RAPPORTEUR_GA_VOTES_DIR "/un_roll_calls.csv.gz"),
         QStringLiteral(RAPPORTEUR_GA_VOTES_DIR "/un_roll_call_issues.csv.gz")}};

    std::printf("Longest GUI-thread stall (event loop not turning), budget %.0f ms, %d run(s)\n",
                Test::StallMonitor::kBudgetMs, runs);
    QList<QList<PhaseResult>> all;
    for (int run = 1; run <= runs; ++run) {
        QTemporaryDir dir;
        if (!dir.isValid()) {
            std::printf("cannot create a temporary folder\n");
            return 0;
        }
        Bench::GuiStallScenario scenario(files);
        const auto phases = scenario.run(dir.filePath(QStringLiteral("stall.sqlite")));
        std::printf("run %d\n", run);
        for (const PhaseResult &phase : phases)
            printPhase(phase, stepsShown);
        std::fflush(stdout);
        all << phases;
    }

    std::printf("median of %d run(s):\n", runs);
    for (int p = 0; p < all.first().size(); ++p) {
        QList<double> longest;
        QList<double> wall;
        for (const auto &phases : all) {
            longest << phases[p].longestMs;
            wall << phases[p].wallMs;
        }
        const double m = median(longest);
        std::printf("  %-13s longest stall %6.1f ms (max %.1f)  wall %7.0f ms%s\n",
                    utf8(all.first()[p].name).constData(), m,
                    *std::max_element(longest.begin(), longest.end()), median(wall),
                    m > Test::StallMonitor::kBudgetMs ? "  OVER BUDGET" : "");
    }
    return 0;
}
