#pragma once

#include "stallmonitor.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace Rapporteur::Gui {
class MainWindow;
}

namespace Rapporteur::Bench {

// What one phase of the scenario measured on the GUI thread.
struct PhaseResult
{
    QString name;
    double longestMs = 0.0;
    double longestCpuMs = 0.0; // the GUI thread's CPU time during the longest stall
    QString longestStep;
    int overBudget = 0;
    double wallMs = 0.0;
    QList<Test::StallMonitor::Stall> byStep; // longest stall per step, longest first
    QStringList problems;                    // timeouts and failed imports
};

// One pass of what a user does with the sample corpus, in the real main window on a fresh
// database, with a StallMonitor running: phase "import" imports the sample files one after the
// other and waits for the corpus to be shown again after each; phase "switch views" reads every
// submission of A/77/96, each whole document, AUS/CHN/EUU side by side, each recorded vote and
// three state profiles, waiting for each view to be filled; phase "voting record" imports the
// General Assembly's record (not measured), then analyses it in the Voting record tab over every
// session and over one, and shows a state's General Assembly record.
class GuiStallScenario final
{
public:
    struct Files
    {
        QString text;            // A-77-96.zh.txt
        QString committeeReport; // first-committee-79-item-106-report.zh.txt (symbol A/79/416)
        QString generatedPdf;    // A-77-96.zh.pdf laid out by tests/pdfgen
        QString realPdf;         // A-80-604-Add.6.en.pdf
        QStringList voteTables;  // Voeten's three tables (../shared/data/ga-votes)
    };

    explicit GuiStallScenario(Files files) : m_files(std::move(files)) {}
    QList<PhaseResult> run(const QString &databasePath);

private:
    // Starts the monitor under a phase name; each step is timed and labelled "phase: step".
    void beginPhase(const QString &name);
    PhaseResult endPhase();
    // Runs action, then the event loop until done() holds (or a timeout, which is reported),
    // then lets the loop turn a little longer so that painting the result counts to the step.
    void step(const QString &label, const std::function<void()> &action,
              const std::function<bool()> &done);
    void importStep(const QString &label, const QString &path, const QString &symbol);
    void switchViews();
    void votingRecord();

    Files m_files;
    Gui::MainWindow *m_window = nullptr;
    Test::StallMonitor m_monitor;
    PhaseResult m_current;
    double m_phaseWallMs = 0.0;
};

// Runs the event loop for ms milliseconds (QTest::qWait would sleep between batches of events,
// which the monitor would count as stalls).
void runEventLoop(int ms);
// Runs the event loop until done() holds; false after timeoutMs.
bool runEventLoopUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace Rapporteur::Bench
