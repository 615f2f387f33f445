#include "mainwindow.h"

#include "gui/common/corpussession.h"

#include "gui/coding/codingcontroller.h"
#include "gui/compare/comparisonview.h"
#include "gui/concordance/concordanceview.h"
#include "gui/corpus/corpusloader.h"
#include "gui/corpus/corpuspanel.h"
#include "gui/corpus/corpustreemodel.h"
#include "gui/corpus/documentrename.h"
#include "gui/import/importflow.h"
#include "gui/import/importprogress.h"
#include "gui/profile/profileview.h"
#include "gui/reader/parallelreadingview.h"
#include "gui/reader/readingcontroller.h"
#include "gui/reader/submissionreader.h"
#include "gui/references/referencesview.h"
#include "gui/search/searchpanel.h"
#include "gui/settings/recentfiles.h"
#include "gui/votes/voteimportflow.h"
#include "gui/votes/votepanel.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace Rapporteur::Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new CorpusSession(this)), m_loader(new CorpusLoader(this)),
      m_panel(new CorpusPanel(*m_session)), m_model(m_panel->model()),
      m_corpusDock(new QDockWidget(tr("Corpus"), this)), m_tabs(new QTabWidget),
      m_reader(new SubmissionReader), m_reading(new ReadingController(*m_session, *m_reader, this)),
      m_comparison(new ComparisonView(*m_session)), m_versions(new ParallelReadingView),
      m_concordance(new ConcordanceView(*m_session)), m_references(new ReferencesView(*m_session)),
      m_votes(new VotePanel(*m_session)), m_votesDock(new QDockWidget(tr("Votes"), this)),
      m_profile(new ProfileView(*m_session)),
      m_profileDock(new QDockWidget(tr("State profile"), this)),
      m_search(new SearchPanel(*m_session)), m_searchDock(new QDockWidget(tr("Search"), this)),
      m_import(new ImportFlow(this)), m_rename(new DocumentRename(*m_session, this)),
      m_recent(new RecentFiles(this)), m_counts(new QLabel)
{
    setWindowTitle(tr("Rapporteur"));
    setAcceptDrops(true); // PDFs and text files dropped on the window are imported

    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setAccessibleName(tr("Reading views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_reader, tr("Reader"));
    m_tabs->addTab(m_comparison, tr("Side by side"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_concordance, tr("Concordance"));
    m_tabs->addTab(m_references, tr("References"));
    setCentralWidget(m_tabs);
    m_reader->showNote(tr("No database is open."));
    createDocks();
    createCoding();
    createAnalysisTabs();

    m_counts->setObjectName(QStringLiteral("corpusCounts"));
    m_counts->setAccessibleName(tr("Corpus size"));
    // Permanent widgets stay on show while the status bar shows a message.
    statusBar()->addPermanentWidget(m_import->progressWidget());
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    resize(1280, 800);
    connectLoaders();
}

MainWindow::~MainWindow()
{
    // The undo stack and the tabs are children, deleted after this destructor: the stack clears
    // itself (indexChanged) and the tabs let go of their pages (currentChanged), and neither may
    // call back into a window that is no longer one.
    if (m_undo)
        disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_tabs, nullptr, this, nullptr);
}

void MainWindow::createDocks()
{
    m_corpusDock->setObjectName(QStringLiteral("corpusDock"));
    m_corpusDock->setAccessibleName(tr("Corpus"));
    m_corpusDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_corpusDock->setWidget(m_panel);
    addDockWidget(Qt::LeftDockWidgetArea, m_corpusDock);

    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setAccessibleName(tr("Search"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    tabifyDockWidget(m_corpusDock, m_searchDock);
    m_corpusDock->raise();

    m_votesDock->setObjectName(QStringLiteral("votesDock"));
    m_votesDock->setAccessibleName(tr("Votes"));
    m_votesDock->setWidget(m_votes);
    addDockWidget(Qt::RightDockWidgetArea, m_votesDock);

    m_profileDock->setObjectName(QStringLiteral("profileDock"));
    m_profileDock->setAccessibleName(tr("State profile"));
    m_profileDock->setWidget(m_profile);
    m_profile->showNote(tr("Choose a state: from the corpus's context menu, a vote table or a "
                           "side-by-side column."));
    addDockWidget(Qt::RightDockWidgetArea, m_profileDock);
    tabifyDockWidget(m_votesDock, m_profileDock);
    m_votesDock->raise();
    resizeDocks({m_corpusDock, m_votesDock}, {480, 440}, Qt::Horizontal);
}

void MainWindow::connectLoaders()
{
    connect(m_loader, &CorpusLoader::corpusLoaded, this, &MainWindow::showCorpus);
    connect(m_loader, &CorpusLoader::corpusFailed, this, &MainWindow::showFailure);
    connect(m_reading, &ReadingController::submissionShown, this, &MainWindow::submissionShown);
    connect(m_reading, &ReadingController::documentShown, this, &MainWindow::documentShown);
    connect(m_reading, &ReadingController::paragraphShown, this, &MainWindow::paragraphShown);
    connect(m_reading, &ReadingController::readFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_loader, &CorpusLoader::votesLoaded, this, &MainWindow::showVotes);
    connect(m_loader, &CorpusLoader::votesFailed, this,
            [this](const QString &, const QString &msg) { statusBar()->showMessage(msg); });
    connect(m_profile, &ProfileView::profileShown, this, &MainWindow::profileShown);
    // The reader takes no session (it also reads in the side-by-side columns): the symbols it
    // links come from here.
    connect(m_session, &CorpusSession::changed, m_reader, [this](CorpusSession::Changes what) {
        if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents))
            m_reader->setCorpusSymbols(m_session->documentSymbols());
    });

    connect(m_panel, &CorpusPanel::submissionActivated, m_reading,
            &ReadingController::readSubmission);
    connect(m_panel, &CorpusPanel::documentActivated, m_reading, &ReadingController::readDocument);
    connect(m_panel, &CorpusPanel::voteActivated, this, &MainWindow::onVoteActivated);
    connect(m_panel, &CorpusPanel::versionsRequested, this, &MainWindow::readVersions);
    connect(m_panel, &CorpusPanel::renameRequested, m_rename, &DocumentRename::ask);
    connect(m_rename, &DocumentRename::renamed, this,
            [this](const QString &symbol, const QString &newSymbol) {
                reopenSaying(m_session->path(), tr("%1 is now %2.").arg(symbol, newSymbol));
            });
    connect(m_rename, &DocumentRename::failed, this,
            [this](const QString &message) { warn(tr("Rename Document"), message); });
    connect(m_panel, &CorpusPanel::nothingActivated, this,
            [this] { m_reader->showNote(tr("Select a submission to read it.")); });
    connect(m_panel, &CorpusPanel::profileRequested, this, &MainWindow::showProfile);
    // A state added from the tree takes the first empty column, or a new one; the view says
    // when it cannot (four columns filled), here too.
    connect(m_panel, &CorpusPanel::compareRequested, this, [this](const QString &code) {
        m_comparison->addState(code);
        m_tabs->setCurrentWidget(m_comparison);
    });
    connect(m_comparison, &ComparisonView::noted, this, [this](const QString &note) {
        if (!note.isEmpty())
            statusBar()->showMessage(note, 8000);
    });

    // Wherever a state is named, it leads to its profile; a document to its text.
    connect(m_votes, &VotePanel::entityActivated, this, &MainWindow::showProfile);
    connect(m_comparison, &ComparisonView::entityActivated, this, &MainWindow::showProfile);
    connect(m_reader, &SubmissionReader::documentLinkActivated, this, &MainWindow::openDocument);
    connect(m_reader, &SubmissionReader::entityActivated, this, &MainWindow::showProfile);
    connect(m_profile, &ProfileView::submissionActivated, this, &MainWindow::openSubmission);
    connect(m_profile, &ProfileView::documentActivated, this, &MainWindow::openDocument);
    connect(m_search, &SearchPanel::paragraphActivated, this, &MainWindow::openHit);
    connect(m_concordance, &ConcordanceView::paragraphActivated, this, &MainWindow::openHit);
    connect(m_references, &ReferencesView::paragraphActivated, this,
            [this](const QString &document, qint64 submissionId, qint64 paragraphId) {
                openHit(document, submissionId, paragraphId);
            });
    connect(m_references, &ReferencesView::documentActivated, this, &MainWindow::openDocument);
    connect(m_profile, &ProfileView::voteActivated, this, &MainWindow::openVote);

    connect(m_import, &ImportFlow::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // A successful import changed the database: read it again (what is on show stays).
    connect(m_import, &ImportFlow::imported, this,
            [this](const QString &path) { openDatabase(path); });
    connect(m_import, &ImportFlow::runningChanged, this, [this](bool running) {
        if (m_importAction)
            m_importAction->setEnabled(!running);
    });
    // The voting record, the same way: its status in the status bar. Into the database on show
    // it changes only the voting record, which the views that show it read again; into another
    // (none was open) that database is opened.
    m_voteImport = new VoteImportFlow(this);
    connect(m_voteImport, &VoteImportFlow::imported, this,
            [this](const QString &path, const QString &summary) {
                if (path == m_session->path()) {
                    m_session->notify(CorpusSession::Change::VotingRecord);
                    statusBar()->showMessage(summary, 8000);
                    return;
                }
                reopenSaying(path, summary);
            });
    connect(m_voteImport, &VoteImportFlow::failed, this,
            [this](const QString &message) { warn(tr("Import Voting Record"), message); });
    connect(m_voteImport, &VoteImportFlow::canceled, this, [this] {
        statusBar()->showMessage(tr("The voting record was not imported: cancelled."), 8000);
    });
    connect(m_recent, &RecentFiles::fileChosen, this, &MainWindow::openDatabase);
}

void MainWindow::reopenSaying(const QString &path, const QString &message)
{
    // Said once the corpus is on show: reading it writes the status bar too.
    connect(
        this, &MainWindow::corpusShown, this,
        [this, message] { statusBar()->showMessage(message, 8000); }, Qt::SingleShotConnection);
    openDatabase(path);
}

void MainWindow::warn(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // never a nested event loop
}

void MainWindow::openDatabase(const QString &path)
{
    m_requestedPath = path;
    m_reloadAction->setEnabled(true);
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_loader->loadCorpus(path);
}

bool MainWindow::selectEntity(const QString &entityCode)
{
    const auto *submission = m_model->submission(m_model->indexOfEntity(entityCode));
    if (!submission)
        return false;
    m_tabs->setCurrentWidget(m_reader);
    return m_panel->selectSubmission(submission->id);
}

void MainWindow::showProfile(const QString &entity)
{
    if (entity.isEmpty() || !m_session->isOpen())
        return;
    m_profileDock->show();
    m_profileDock->raise();
    m_profile->showEntity(entity);
}

void MainWindow::openParagraph(const QString &document, std::optional<qint64> submissionId,
                               qint64 paragraphId, const QPoint &mark)
{
    m_tabs->setCurrentWidget(m_reader);
    const bool onShow =
        submissionId ? m_reader->submissionId() == *submissionId
                     : m_reader->submissionId() == 0 && m_reader->documentSymbol() == document;
    const std::optional<TextSpan> span =
        mark.isNull() ? std::nullopt
                      : std::optional<TextSpan>(TextSpan{paragraphId, mark.x(), mark.y()});
    m_reading->showParagraph(
        paragraphId, onShow ? ReadingController::When::Now : ReadingController::When::OnceShown,
        span);
    if (onShow)
        return;
    if (submissionId ? !m_panel->selectSubmission(*submissionId)
                     : !m_panel->selectDocument(document))
        statusBar()->showMessage(tr("That paragraph is no longer in the corpus"));
}

void MainWindow::openSubmission(qint64 submissionId)
{
    m_tabs->setCurrentWidget(m_reader);
    m_panel->selectSubmission(submissionId);
}

void MainWindow::openHit(const QString &document, qint64 submissionId, qint64 paragraphId,
                         const QPoint &mark)
{
    openParagraph(document, submissionId ? std::optional<qint64>(submissionId) : std::nullopt,
                  paragraphId, mark);
}

void MainWindow::compare(const QStringList &entityCodes)
{
    m_comparison->setColumns(entityCodes);
    m_tabs->setCurrentWidget(m_comparison);
}

void MainWindow::showCorpus(const QString &path, const QList<Storage::DocumentRecord> &documents,
                            const QList<Storage::SubmissionRecord> &submissions,
                            const QString &notice)
{
    // A reload of the same database keeps the submission on show.
    const bool sameDatabase = path == m_session->path();
    const qint64 keep = sameDatabase ? m_panel->currentSubmissionId() : 0;
    setWindowTitle(tr("%1 — Rapporteur").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    // Every view hears of it from the session: another database, or this one read again.
    m_session->open(path, documents, submissions);
    m_loader->loadVotes(path);
    updateCounts();
    statusBar()->showMessage(notice);
    if (m_remembersLayout)
        m_recent->add(path);

    if (keep != 0 && m_panel->selectSubmission(keep)) {
        // selecting it reloads its paragraphs
    } else if (documents.isEmpty()) {
        m_reader->showNote(tr("This database holds no documents yet. Import UN documents (PDF "
                              "or text) with File ▸ Import Documents…, or drop them on this "
                              "window."));
    } else {
        m_reader->showNote(tr("Select a submission to read it."));
    }
    emit corpusShown();
}

void MainWindow::showVotes(const QString &path, const QList<Storage::VoteRecord> &votes)
{
    if (path == m_session->path())
        m_session->setVotes(votes);
}

void MainWindow::showFailure(const QString &path, const QString &message)
{
    // Storage's messages name the file already; say which file only when they do not.
    const QString shown =
        message.contains(QFileInfo(path).fileName())
            ? message
            : tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), message);
    statusBar()->showMessage(shown);
    if (m_session->path().isEmpty())
        m_reader->showNote(shown);
    emit databaseFailed(shown);
}

void MainWindow::readVersions(const QString &symbol, qint64 submissionId)
{
    m_tabs->setCurrentWidget(m_versions);
    m_versions->showVersions(m_session->path(), symbol, submissionId);
}

bool MainWindow::readVersionsOf(const QString &entityCode)
{
    QHash<QString, int> versions;
    for (const auto &document : m_model->documents())
        ++versions[document.symbol];
    for (const auto &submission : m_model->submissions()) {
        if (submission.entity && submission.entity->code == entityCode &&
            versions.value(submission.document) > 1) {
            readVersions(submission.document, submission.id);
            return true;
        }
    }
    return false;
}

void MainWindow::openDocument(const QString &symbol)
{
    m_tabs->setCurrentWidget(m_reader);
    if (!m_panel->selectDocument(symbol))
        statusBar()->showMessage(tr("%1 is not in this corpus").arg(symbol));
}

void MainWindow::openVote(const QString &document, const QString &label)
{
    m_votesDock->show();
    m_votesDock->raise();
    m_votes->showVote(document, label);
}

void MainWindow::onVoteActivated(qint64 voteId)
{
    if (const auto *vote = m_model->vote(m_model->indexOfVote(voteId)))
        openVote(vote->document, vote->label);
}

void MainWindow::updateCounts()
{
    const int documents = m_model->documentCount();
    const int submissions = m_model->submissionCount();
    m_counts->setText(tr("%1, %2").arg(
        documents == 1 ? tr("1 document") : tr("%1 documents").arg(documents),
        submissions == 1 ? tr("1 submission") : tr("%1 submissions").arg(submissions)));
}

} // namespace Rapporteur::Gui
