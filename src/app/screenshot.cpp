#include "screenshot.h"

#include "common/outputfile.h"

#include "analysis/entityprofile.h"
#include "gui/blocs/blocsview.h"
#include "gui/blocs/cohesionmodel.h"
#include "gui/blocs/recordblocsview.h"
#include "gui/coding/codebookmodel.h"
#include "gui/coding/codebookpanel.h"
#include "gui/coding/codematrixmodel.h"
#include "gui/coding/codinganalysisview.h"
#include "gui/coding/codingcontroller.h"
#include "gui/coding/codingeditor.h"
#include "gui/coding/codingstore.h"
#include "gui/compare/comparisoncolumn.h"
#include "gui/compare/comparisonview.h"
#include "gui/concordance/concordancemodel.h"
#include "gui/concordance/concordanceview.h"
#include "gui/profile/profileview.h"
#include "gui/reader/parallelreadingmodel.h"
#include "gui/reader/parallelreadingview.h"
#include "gui/reader/submissionreader.h"
#include "gui/references/referencesview.h"
#include "gui/search/searchpanel.h"
#include "gui/search/searchresultmodel.h"
#include "gui/votes/plenaryrecordview.h"
#include "gui/votes/votepanel.h"
#include "gui/votes/votetablemodel.h"
#include "gui/window/mainwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace Rapporteur::App {

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
}

bool columnsLoaded(const Gui::ComparisonView &view, int wanted)
{
    // A column may stay empty (one code asked for: the other asks for a state), and the view
    // holds four at most.
    int loaded = 0;
    for (int i = 0; i < view.columnCount(); ++i) {
        if (view.column(i) && view.column(i)->submissionId() != 0)
            ++loaded;
    }
    return loaded >= std::min(wanted, 4);
}

// Codes the submission on show as a researcher would, for --coding: each sentence that names
// export controls with an argument code and the term itself with a code of its own, so that the
// margin shows bars side by side; cooperation and capacity building where the text has them.
void codeTheSubmission(Gui::MainWindow &window)
{
    Gui::CodingController *coding = window.codingController();
    Gui::CodingEditor &editor = coding->editor();
    editor.store().setCoder(QStringLiteral("analyst"));
    const auto arguments =
        editor.createCode(std::nullopt, QStringLiteral("论点"), QStringLiteral("#4363d8"));
    if (!arguments)
        return fail(QStringLiteral("could not create the codes"));
    const auto controls =
        editor.createCode(arguments, QStringLiteral("出口管制"), QStringLiteral("#e6194b"));
    const auto cooperation =
        editor.createCode(arguments, QStringLiteral("国际合作"), QStringLiteral("#3cb44b"));
    const auto capacity =
        editor.createCode(std::nullopt, QStringLiteral("能力建设"), QStringLiteral("#f58231"));
    Gui::SubmissionReader *reader = window.reader();
    const auto codeAll = [&](const QString &term, qint64 code, bool sentence) {
        for (const qint64 paragraph : reader->spans().paragraphIds()) {
            const QString text = reader->spans().text(paragraph);
            for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                qsizetype from = at;
                qsizetype to = at + term.size();
                if (sentence) { // from after the previous 。 to the next one
                    from = text.lastIndexOf(QChar(0x3002), at) + 1;
                    const qsizetype end = text.indexOf(QChar(0x3002), at);
                    to = end < 0 ? text.size() : end + 1;
                }
                const int start = int(text.left(from).toUcs4().size());
                const int end = start + int(text.mid(from, to - from).toUcs4().size());
                if (reader->selectSpan({paragraph, start, end}))
                    coding->codeSelection(reader, {code});
            }
        }
    };
    codeAll(QStringLiteral("出口管制"), *arguments, true);
    codeAll(QStringLiteral("出口管制"), *controls, false);
    codeAll(QStringLiteral("合作"), *cooperation, false);
    codeAll(QStringLiteral("能力建设"), *capacity, false);
    reader->moveCursor(QTextCursor::Start); // no selection over the marks
    window.codebookPanel()->selectCode(*controls);
    window.showCodebook();
}

// Whether the reader holds a table, scrolled to the top of the first one.
bool showsFirstTable(Gui::SubmissionReader &reader)
{
    for (QTextBlock block = reader.document()->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (!cursor.currentTable())
            continue;
        // A little of the text before it, so that the picture shows where the table stands.
        const QTextBlock before =
            block.previous().previous().isValid() ? block.previous().previous() : block;
        reader.verticalScrollBar()->setValue(
            static_cast<int>(reader.document()->documentLayout()->blockBoundingRect(before).top()));
        return true;
    }
    return false;
}

// Whether everything the scene asked for is on show.
bool isReady(Gui::MainWindow &window, const ScreenshotScene &scene, bool submissionShown)
{
    if (!scene.select.isEmpty() && !submissionShown)
        return false;
    if (!scene.compare.isEmpty() &&
        !columnsLoaded(*window.comparisonView(), static_cast<int>(scene.compare.size())))
        return false;
    if (!scene.profile.isEmpty() &&
        window.profileView()->profile().entity.code.compare(scene.profile, Qt::CaseInsensitive))
        return false;
    if (!scene.vote.isEmpty() && window.votePanel()->model()->vote().label != scene.vote)
        return false;
    if (!scene.search.isEmpty() && window.searchPanel()->results()->rowCount() == 0)
        return false;
    if (!scene.concordance.isEmpty() && window.concordanceView()->lines()->rowCount() == 0)
        return false;
    if (!scene.references.isEmpty() && (window.referencesView()->isLoading() ||
                                        !window.referencesView()->showTarget(scene.references)))
        return false;
    if (!scene.document.isEmpty() && !showsFirstTable(*window.reader()))
        return false;
    if (!scene.versions.isEmpty() && window.parallelReadingView()->model()->rowCount() == 0)
        return false;
    if (scene.coding && (window.reader()->codingMarks().isEmpty() ||
                         window.codebookPanel()->model()->rowCount() == 0))
        return false;
    if (scene.codingAnalysis) {
        const Gui::CodingAnalysisView *analysis = window.codingAnalysisView();
        if (window.centralTabs()->currentWidget() != analysis || analysis->isLoading() ||
            analysis->matrixModel(Gui::CodingAnalysisView::StatePage)->rowCount() == 0)
            return false;
    }
    if (!scene.record.isEmpty() &&
        (window.recordBlocsView()->isBusy() || window.recordBlocsView()->analysis().rollCalls == 0))
        return false;
    if (scene.blocs || !scene.group.isEmpty()) {
        const Gui::BlocsView *blocs = window.blocsView();
        if (blocs->isBusy() || blocs->analysis().votes.states.isEmpty())
            return false;
        if (!scene.group.isEmpty() && blocs->cohesionModel()->rowCount() == 0)
            return false;
    }
    return true;
}

void setUp(Gui::MainWindow &window, const ScreenshotScene &scene)
{
    if (!scene.select.isEmpty() && !window.selectEntity(scene.select))
        return fail(QStringLiteral("no submission of %1").arg(scene.select));
    if (!scene.document.isEmpty())
        window.openDocument(scene.document);
    if (!scene.versions.isEmpty() && !window.readVersionsOf(scene.versions))
        return fail(QStringLiteral("no submission of %1 in two languages").arg(scene.versions));
    if (!scene.compare.isEmpty())
        window.compare(scene.compare);
    if (!scene.profile.isEmpty())
        window.showProfile(scene.profile);
    if (!scene.record.isEmpty()) {
        Gui::RecordBlocsView *record = window.recordBlocsView();
        const QStringList range = scene.record.split(u'-');
        record->firstSession()->setValue(range.value(0).toInt());
        record->lastSession()->setValue(range.value(1, range.value(0)).toInt());
        for (const char *name : {"votesDock", "profileDock", "codebookDock"})
            window.findChild<QDockWidget *>(QLatin1String(name))->hide();
        window.centralTabs()->setCurrentWidget(record);
        record->analyse();
    }
    if (scene.plenaryRecord) {
        window.profileView()->tabs()->setCurrentWidget(window.profileView()->plenaryRecord());
        // A record of seventy sessions wants width: the dock takes half the window.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("profileDock"));
        window.resizeDocks({dock}, {640}, Qt::Horizontal);
    }
    if (!scene.search.isEmpty()) {
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
        dock->show();
        dock->raise();
        window.searchPanel()->queryBox()->setText(scene.search);
        window.searchPanel()->runSearch();
    }
    if (!scene.concordance.isEmpty() || !scene.references.isEmpty()) {
        // Wide tables: show them as a user would, with the right-hand docks closed.
        for (const char *name : {"votesDock", "profileDock"})
            window.findChild<QDockWidget *>(QLatin1String(name))->hide();
    }
    if (!scene.concordance.isEmpty()) {
        window.centralTabs()->setCurrentWidget(window.concordanceView());
        window.concordanceView()->showTerm(scene.concordance);
    }
    if (!scene.references.isEmpty())
        window.centralTabs()->setCurrentWidget(window.referencesView());
    if (scene.coding) {
        // Coded once the submission's text is on show (--select); then, for --coding-analysis,
        // the analysis of those codings.
        const bool analysis = scene.codingAnalysis;
        QObject::connect(
            &window, &Gui::MainWindow::submissionShown, &window,
            [&window, analysis] {
                codeTheSubmission(window);
                if (!analysis)
                    return;
                window.codingAnalysisView()->setCurrentPage(Gui::CodingAnalysisView::StatePage);
                window.centralTabs()->setCurrentWidget(window.codingAnalysisView());
            },
            Qt::SingleShotConnection);
    }
    if (scene.blocs || !scene.group.isEmpty()) {
        // The heat map, the tree and the lists want the whole width: every dock closed.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->hide();
        Gui::BlocsView *blocs = window.blocsView();
        if (!scene.group.isEmpty()) {
            QObject::connect(
                blocs, &Gui::BlocsView::analysisShown, blocs,
                [blocs, group = scene.group] {
                    if (!blocs->showGroup(group))
                        fail(QStringLiteral("no group %1").arg(group));
                },
                Qt::SingleShotConnection);
        }
        window.centralTabs()->setCurrentWidget(blocs);
    }
    if (!scene.vote.isEmpty()) {
        // Votes load after the corpus: try until the votes dock has them.
        auto *retry = new QTimer(&window);
        QObject::connect(retry, &QTimer::timeout, &window, [&window, scene, retry] {
            const auto &votes = window.votePanel()->votes();
            for (const auto &vote : votes) {
                if (vote.label == scene.vote &&
                    window.votePanel()->showVote(vote.document, vote.label)) {
                    window.findChild<QDockWidget *>(QStringLiteral("votesDock"))->raise();
                    retry->deleteLater();
                    return;
                }
            }
        });
        retry->start(50);
    }
}

} // namespace

void takeScreenshotWhenReady(Gui::MainWindow &window, const ScreenshotScene &scene)
{
    auto submissionShown = std::make_shared<bool>(false);
    QObject::connect(&window, &Gui::MainWindow::submissionShown, &window,
                     [submissionShown] { *submissionShown = true; });
    QObject::connect(
        &window, &Gui::MainWindow::corpusShown, &window,
        [&window, scene, submissionShown] {
            setUp(window, scene);
            auto *poll = new QTimer(&window);
            QObject::connect(
                poll, &QTimer::timeout, &window, [&window, scene, submissionShown, poll] {
                    if (!isReady(window, scene, *submissionShown))
                        return;
                    poll->stop();
                    // Let the last text lay out and paint once before grabbing.
                    QTimer::singleShot(300, &window, [&window, scene] {
                        QByteArray png;
                        QBuffer buffer(&png);
                        if (!buffer.open(QIODevice::WriteOnly) ||
                            !window.grab().save(&buffer, "PNG"))
                            return fail(QStringLiteral("cannot encode %1").arg(scene.file));
                        if (const Status written = writeOutputFile(scene.file, png); !written)
                            return fail(written.error().userMessage);
                        QCoreApplication::exit(0);
                    });
                });
            poll->start(50);
        },
        Qt::SingleShotConnection);
    QObject::connect(&window, &Gui::MainWindow::databaseFailed, &window, fail);
    QTimer::singleShot(30'000, &window, [] {
        std::fprintf(stderr, "error: the window was not ready within 30 s\n");
        QCoreApplication::exit(2);
    });
}

} // namespace Rapporteur::App
