#include "guistallscenario.h"

#include "gui/blocs/blocsview.h"
#include "gui/blocs/recordblocsview.h"
#include "gui/coding/codinganalysisview.h"
#include "gui/compare/comparisoncolumn.h"
#include "gui/compare/comparisonview.h"
#include "gui/corpus/corpuspanel.h"
#include "gui/corpus/corpustreemodel.h"
#include "gui/import/importcontroller.h"
#include "gui/import/importflow.h"
#include "gui/profile/profileview.h"
#include "gui/votes/plenaryrecordview.h"
#include "gui/votes/votepanel.h"
#include "gui/votes/votetablemodel.h"
#include "gui/window/mainwindow.h"
#include "rollcalls/voteimport.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>

#include <memory>

namespace Rapporteur::Bench {

namespace {

constexpr int kTimeoutMs = 120'000;
// After a view is filled, the loop turns this long under the same step, so that laying out and
// painting what arrived is measured with it.
constexpr int kSettleMs = 30;

// Disconnects on scope exit, so that a step's lambdas never outlive the step.
struct Connections
{
    QList<QMetaObject::Connection> list;
    ~Connections()
    {
        for (const auto &c : std::as_const(list))
            QObject::disconnect(c);
    }
};

} // namespace

void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool runEventLoopUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    // Polling every millisecond adds at most that to a step's wall time, and needs no knowledge
    // of which signal ends which step.
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.hasExpired(timeoutMs))
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

QList<PhaseResult> GuiStallScenario::run(const QString &databasePath)
{
    QList<PhaseResult> results;
    Gui::MainWindow window;
    m_window = &window;
    window.show();
    runEventLoop(200); // the first show lays out and paints everything; that is startup

    beginPhase(QStringLiteral("import"));
    int shown = 0;
    {
        Connections c;
        c.list << QObject::connect(&window, &Gui::MainWindow::corpusShown, [&] { ++shown; });
        step(
            QStringLiteral("open the new database"), [&] { window.openDatabase(databasePath); },
            [&] { return shown > 0; });
    }
    importStep(QStringLiteral("A-77-96.zh.txt"), m_files.text, {});
    importStep(QStringLiteral("committee report as A/79/416"), m_files.committeeReport,
               QStringLiteral("A/79/416"));
    importStep(QStringLiteral("A-77-96.zh.pdf (generated)"), m_files.generatedPdf, {});
    importStep(QStringLiteral("A-80-604-Add.6.en.pdf (real)"), m_files.realPdf, {});
    results << endPhase();

    // Not measured: the votes of the last reload arrive, and the window comes to rest.
    runEventLoopUntil([&] { return window.votePanel()->model()->rowCount() > 0; }, 10'000);
    runEventLoop(300);

    beginPhase(QStringLiteral("switch views"));
    switchViews();
    results << endPhase();

    beginPhase(QStringLiteral("voting record"));
    votingRecord();
    results << endPhase();
    m_window = nullptr;
    return results;
}

void GuiStallScenario::beginPhase(const QString &name)
{
    m_current = PhaseResult{};
    m_current.name = name;
    m_phaseWallMs = 0.0;
    m_monitor.start();
    m_monitor.setPhase(name);
}

PhaseResult GuiStallScenario::endPhase()
{
    m_monitor.stop();
    m_current.longestMs = m_monitor.longestStallMs();
    m_current.longestCpuMs = m_monitor.longestStall().cpuMs;
    m_current.longestStep = m_monitor.longestStallPhase();
    m_current.overBudget = m_monitor.stallsOverBudget();
    m_current.byStep = m_monitor.longestByPhase();
    m_current.wallMs = m_phaseWallMs;
    return m_current;
}

void GuiStallScenario::step(const QString &label, const std::function<void()> &action,
                            const std::function<bool()> &done)
{
    m_monitor.setPhase(label);
    QElapsedTimer clock;
    clock.start();
    action();
    if (!runEventLoopUntil(done, kTimeoutMs))
        m_current.problems << QStringLiteral("timed out: %1").arg(label);
    m_phaseWallMs += double(clock.nsecsElapsed()) / 1e6;
    runEventLoop(kSettleMs);
}

void GuiStallScenario::importStep(const QString &label, const QString &path, const QString &symbol)
{
    if (!QFileInfo::exists(path)) {
        m_current.problems << QStringLiteral("missing file, not imported: %1").arg(path);
        return;
    }
    auto *flow = m_window->findChild<Gui::ImportFlow *>();
    Gui::ImportController *controller = flow->controller();
    bool imported = false;
    int shownAfter = 0;
    QString failure;
    Connections c;
    c.list << QObject::connect(flow, &Gui::ImportFlow::imported, [&] { imported = true; });
    c.list << QObject::connect(m_window, &Gui::MainWindow::corpusShown, [&] {
        if (imported)
            ++shownAfter;
    });
    c.list << QObject::connect(controller, &Gui::ImportController::failed,
                               [&](const QString &, const Error &e) { failure = e.userMessage; });
    c.list << QObject::connect(controller, &Gui::ImportController::canceled,
                               [&] { failure = QStringLiteral("cancelled"); });
    c.list << QObject::connect(controller, &Gui::ImportController::passwordNeeded,
                               [&] { failure = QStringLiteral("asks for a password"); });

    step(
        QStringLiteral("import %1").arg(label),
        [&] {
            // The window's importFiles finds the symbol itself; the committee report names none,
            // and the CLI gives it one, so it goes through the controller the window uses.
            const bool started =
                symbol.isEmpty()
                    ? m_window->importFiles({path})
                    : controller->start(m_window->databasePath(),
                                        QList<Workflow::ImportRequest>{{path, symbol, {}}});
            if (!started)
                failure = QStringLiteral("refused to start");
        },
        [&] { return !failure.isEmpty() || shownAfter > 0; });
    if (!failure.isEmpty())
        m_current.problems << QStringLiteral("import %1 failed: %2").arg(label, failure);

    // The user closes the summary (or error) dialog the import ended with.
    step(
        QStringLiteral("close the dialog after %1").arg(label),
        [&] {
            for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
                if (box->isVisible())
                    box->close();
        },
        [] { return true; });
}

void GuiStallScenario::switchViews()
{
    auto *model = m_window->findChild<Gui::CorpusTreeModel *>();
    auto *panel = m_window->findChild<Gui::CorpusPanel *>();
    Gui::ComparisonView *comparison = m_window->comparisonView();
    // Copies: the lists are not to change during the phase, but the model owns them.
    const auto documents = model->documents();
    const auto submissions = model->submissions();
    const auto votes = model->votes();

    qint64 submissionShown = 0;
    QString documentShown;
    QString profileShown;
    QSet<int> columnsShown;
    Connections c;
    c.list << QObject::connect(m_window, &Gui::MainWindow::submissionShown,
                               [&](qint64 id) { submissionShown = id; });
    c.list << QObject::connect(m_window, &Gui::MainWindow::documentShown,
                               [&](const QString &symbol) { documentShown = symbol; });
    c.list << QObject::connect(m_window, &Gui::MainWindow::profileShown,
                               [&](const QString &code) { profileShown = code; });
    c.list << QObject::connect(
        comparison, &Gui::ComparisonView::columnShown, [&](int index, qint64 id) {
            if (comparison->column(index) && comparison->column(index)->submissionId() == id)
                columnsShown.insert(index);
        });

    m_window->centralTabs()->setCurrentIndex(0);
    for (const auto &s : submissions) {
        if (s.document != QLatin1String("A/77/96"))
            continue;
        const QString who = s.entity ? s.entity->code : s.heading;
        step(
            QStringLiteral("submission %1").arg(who), [&] { panel->selectSubmission(s.id); },
            [&] { return submissionShown == s.id; });
    }
    for (const auto &d : documents) {
        step(
            QStringLiteral("whole document %1 (%2 paragraphs)").arg(d.symbol).arg(d.paragraphCount),
            [&] {
                documentShown.clear();
                panel->selectDocument(d.symbol);
            },
            [&] { return documentShown == d.symbol; });
    }
    const QStringList codes{QStringLiteral("AUS"), QStringLiteral("CHN"), QStringLiteral("EUU")};
    step(
        QStringLiteral("side by side %1").arg(codes.join(u'/')),
        [&] {
            columnsShown.clear();
            m_window->compare(codes);
        },
        [&] { return columnsShown.size() >= int(codes.size()); });
    step(
        QStringLiteral("tab Reader"), [&] { m_window->centralTabs()->setCurrentIndex(0); },
        [] { return true; });
    step(
        QStringLiteral("tab Side by side"), [&] { m_window->centralTabs()->setCurrentIndex(1); },
        [] { return true; });
    for (const auto &v : votes) {
        step(
            QStringLiteral("vote %1 %2").arg(v.document, v.label),
            [&] { m_window->votePanel()->showVote(v.document, v.label); }, [] { return true; });
    }
    for (const QString &code :
         {QStringLiteral("NLD"), QStringLiteral("CHN"), QStringLiteral("USA")}) {
        step(
            QStringLiteral("profile %1").arg(code), [&] { m_window->showProfile(code); },
            [&] { return profileShown == code; });
    }

    // The analysis tabs: the blocs' heat map of every voting state, redrawn at every choice.
    Gui::BlocsView *blocs = m_window->blocsView();
    int analyses = 0;
    c.list << QObject::connect(blocs, &Gui::BlocsView::analysisShown, [&] { ++analyses; });
    const auto analysed = [&](const QString &label, const std::function<void()> &action) {
        const int before = analyses;
        step(label, action, [&, before] { return analyses > before && !blocs->isBusy(); });
    };
    analysed(QStringLiteral("tab Voting blocs"),
             [&] { m_window->centralTabs()->setCurrentWidget(blocs); });
    analysed(QStringLiteral("blocs: abstention as disagreement, non-voting counted"), [&] {
        blocs->setAgreementOptions({Blocs::AbstentionRule::Disagree, Blocs::NonVotingRule::Count});
    });
    for (int k = 2; k <= 6; ++k) {
        step(
            QStringLiteral("blocs: k = %1").arg(k), [&] { blocs->setBlocCount(k); },
            [] { return true; });
    }
    step(
        QStringLiteral("blocs: WEOG's cohesion"), [&] { blocs->showGroup(QStringLiteral("WEOG")); },
        [] { return true; });
    Gui::CodingAnalysisView *coding = m_window->codingAnalysisView();
    bool codingLoaded = false;
    c.list << QObject::connect(coding, &Gui::CodingAnalysisView::loaded,
                               [&] { codingLoaded = true; });
    step(
        QStringLiteral("tab Coding analysis"),
        [&] { m_window->centralTabs()->setCurrentWidget(coding); }, [&] { return codingLoaded; });
}

void GuiStallScenario::votingRecord()
{
    for (const QString &path : m_files.voteTables) {
        if (!QFileInfo::exists(path)) {
            m_current.problems << QStringLiteral("missing file, not imported: %1").arg(path);
            return;
        }
    }
    // Not measured (the monitor waits): the record is imported on a connection of its own, as
    // File ▸ Import Voting Record… does on its worker; then the window reads the corpus again.
    m_monitor.stop();
    {
        auto db = Storage::Database::open(m_window->databasePath());
        auto imported = db ? RollCalls::importVoteFiles(**db, m_files.voteTables)
                           : Result<RollCalls::VoteImportSummary>(db.error());
        if (!imported) {
            m_current.problems
                << QStringLiteral("import-votes failed: %1").arg(imported.error().userMessage);
            return;
        }
    }
    int shown = 0;
    Connections c;
    c.list << QObject::connect(m_window, &Gui::MainWindow::corpusShown, [&] { ++shown; });
    m_window->openDatabase(m_window->databasePath());
    runEventLoopUntil([&] { return shown > 0; }, kTimeoutMs);
    runEventLoop(300);
    m_monitor.start();
    m_monitor.setPhase(m_current.name);

    Gui::RecordBlocsView *record = m_window->recordBlocsView();
    int analyses = 0;
    c.list << QObject::connect(record, &Gui::RecordBlocsView::analysed, [&] { ++analyses; });
    const auto analysed = [&](const QString &label, int first, int last) {
        const int before = analyses;
        step(
            label,
            [&] {
                record->firstSession()->setValue(first);
                record->lastSession()->setValue(last);
                record->analyse();
            },
            [&, before] { return analyses > before && !record->isBusy(); });
    };
    step(
        QStringLiteral("tab Voting record"),
        [&] { m_window->centralTabs()->setCurrentWidget(record); }, [] { return true; });
    analysed(QStringLiteral("record: sessions 1-74 (6,203 roll calls), map and heat map"), 1, 74);
    analysed(QStringLiteral("record: session 74"), 74, 74);
    QString profileShown;
    c.list << QObject::connect(m_window, &Gui::MainWindow::profileShown,
                               [&](const QString &code) { profileShown = code; });
    step(
        QStringLiteral("profile USA, General Assembly tab"),
        [&] {
            m_window->showProfile(QStringLiteral("USA"));
            m_window->profileView()->tabs()->setCurrentWidget(
                m_window->profileView()->plenaryRecord());
        },
        [&] { return profileShown == QLatin1String("USA"); });
}

} // namespace Rapporteur::Bench
