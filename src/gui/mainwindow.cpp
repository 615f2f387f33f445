#include "mainwindow.h"

#include "corpusloader.h"
#include "corpuspanel.h"
#include "corpustreemodel.h"
#include "submissionreader.h"
#include "votepanel.h"

#include "segmentation/entityregistry.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace Rapporteur::Gui {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kTreeHeaderKey = QStringLiteral("corpusPanel/header");
const auto kSortedKey = QStringLiteral("corpusPanel/sorted");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_loader(new CorpusLoader(this)), m_model(new CorpusTreeModel(this)),
      m_panel(new CorpusPanel(m_model)), m_corpusDock(new QDockWidget(tr("Corpus"), this)),
      m_reader(new SubmissionReader), m_votes(new VotePanel),
      m_votesDock(new QDockWidget(tr("Votes"), this)), m_counts(new QLabel)
{
    setWindowTitle(tr("Rapporteur"));

    m_corpusDock->setObjectName(QStringLiteral("corpusDock"));
    m_corpusDock->setAccessibleName(tr("Corpus"));
    m_corpusDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_corpusDock->setWidget(m_panel);
    addDockWidget(Qt::LeftDockWidgetArea, m_corpusDock);

    m_votesDock->setObjectName(QStringLiteral("votesDock"));
    m_votesDock->setAccessibleName(tr("Votes"));
    m_votesDock->setWidget(m_votes);
    addDockWidget(Qt::RightDockWidgetArea, m_votesDock);
    resizeDocks({m_corpusDock, m_votesDock}, {520, 460}, Qt::Horizontal);

    setCentralWidget(m_reader);
    m_reader->showNote(tr("No database is open."));

    m_counts->setObjectName(QStringLiteral("corpusCounts"));
    m_counts->setAccessibleName(tr("Corpus size"));
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    resize(1280, 800);

    connect(m_loader, &CorpusLoader::corpusLoaded, this, &MainWindow::showCorpus);
    connect(m_loader, &CorpusLoader::corpusFailed, this, &MainWindow::showFailure);
    connect(m_loader, &CorpusLoader::paragraphsLoaded, this, &MainWindow::showParagraphs);
    connect(m_loader, &CorpusLoader::documentTextLoaded, this, &MainWindow::showDocumentText);
    // A document of the corpus named in the text opens here.
    connect(m_reader, &SubmissionReader::documentLinkActivated, this, [this](const QString &sym) {
        if (!m_panel->selectDocument(sym))
            statusBar()->showMessage(tr("%1 is not in this corpus").arg(sym));
    });
    connect(m_loader, &CorpusLoader::paragraphsFailed, this, [this](qint64, const QString &msg) {
        m_reader->showNote(msg);
        statusBar()->showMessage(msg);
    });
    connect(m_loader, &CorpusLoader::votesLoaded, this,
            [this](const QString &path, const QList<Storage::VoteRecord> &votes) {
                if (path != m_databasePath)
                    return;
                m_votes->setVotes(votes, Segmentation::EntityRegistry::builtIn().entities());
                m_model->setVotes(votes);
            });
    // A state chosen in a vote table opens its submission, when the corpus has one.
    connect(m_votes, &VotePanel::entityActivated, this, [this](const QString &code) {
        if (!selectEntity(code))
            statusBar()->showMessage(tr("No submission of %1 in this corpus").arg(code));
    });
    connect(m_loader, &CorpusLoader::votesFailed, this,
            [this](const QString &, const QString &msg) { statusBar()->showMessage(msg); });
    connect(m_panel, &CorpusPanel::submissionActivated, this, &MainWindow::onSubmissionActivated);
    connect(m_panel, &CorpusPanel::documentActivated, this, &MainWindow::onDocumentActivated);
    connect(m_panel, &CorpusPanel::voteActivated, this, &MainWindow::onVoteActivated);
    connect(m_panel, &CorpusPanel::nothingActivated, this,
            [this] { m_reader->showNote(tr("Select a submission to read it.")); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    m_reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_corpusDock->toggleViewAction());
    QAction *sort = view->addAction(tr("&Sort by Column"));
    sort->setObjectName(QStringLiteral("sortAction"));
    sort->setCheckable(true);
    sort->setToolTip(tr("Sort the corpus by the column whose header you click; off keeps the "
                        "order of the documents"));
    connect(sort, &QAction::toggled, m_panel, &CorpusPanel::setSortingEnabled);
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
    return submission && m_panel->selectSubmission(submission->id);
}

void MainWindow::chooseDatabase()
{
    const QString start =
        m_databasePath.isEmpty() ? QDir::homePath() : QFileInfo(m_databasePath).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                     tr("Rapporteur databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::reload()
{
    openDatabase(m_databasePath.isEmpty() ? m_requestedPath : m_databasePath);
}

void MainWindow::showCorpus(const QString &path, const QList<Storage::DocumentRecord> &documents,
                            const QList<Storage::SubmissionRecord> &submissions,
                            const QString &notice)
{
    // A reload of the same database keeps the submission on show.
    const qint64 keep = path == m_databasePath ? m_panel->currentSubmissionId() : 0;
    m_databasePath = path;
    setWindowTitle(tr("%1 — Rapporteur").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    m_model->setCorpus(documents, submissions);
    QStringList symbols;
    for (const auto &document : documents)
        symbols << document.symbol;
    m_reader->setCorpusSymbols(symbols);
    m_loader->loadVotes(path);
    updateCounts();
    statusBar()->showMessage(notice);

    if (keep != 0 && m_panel->selectSubmission(keep)) {
        // selecting it reloads its paragraphs
    } else if (documents.isEmpty()) {
        m_reader->showNote(tr("This database holds no documents yet. Import some with "
                              "“rapporteur-cli --db %1 import FILE…”.")
                               .arg(QDir::toNativeSeparators(path)));
    } else {
        m_reader->showNote(tr("Select a submission to read it."));
    }
    emit corpusShown();
}

void MainWindow::showFailure(const QString &path, const QString &message)
{
    // Storage's messages name the file already; say which file only when they do not.
    const QString shown =
        message.contains(QFileInfo(path).fileName())
            ? message
            : tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), message);
    statusBar()->showMessage(shown);
    if (m_databasePath.isEmpty())
        m_reader->showNote(shown);
    emit databaseFailed(shown);
}

void MainWindow::showParagraphs(qint64 submissionId,
                                const QList<Storage::ParagraphRecord> &paragraphs)
{
    const auto *submission = m_model->submissionById(submissionId);
    if (!submission || m_panel->currentSubmissionId() != submissionId)
        return; // the corpus or the selection changed while it loaded
    m_reader->showSubmission(*submission, paragraphs);
    emit submissionShown(submissionId);
}

void MainWindow::onSubmissionActivated(qint64 submissionId)
{
    m_loader->loadParagraphs(m_databasePath, submissionId);
}

void MainWindow::onDocumentActivated(qint64 documentId)
{
    for (const auto &document : m_model->documents()) {
        if (document.id != documentId)
            continue;
        m_reader->showDocument(document); // until its text has loaded
        m_loader->loadDocumentText(m_databasePath, document.symbol);
    }
}

void MainWindow::showDocumentText(const QString &symbol,
                                  const QList<Storage::ParagraphRecord> &paragraphs)
{
    const auto *document = m_model->document(m_model->indexOfDocument(symbol));
    if (!document || m_reader->documentSymbol() != symbol || m_reader->submissionId() != 0)
        return; // the corpus or the selection changed while it loaded
    m_reader->showDocumentText(*document, paragraphs, m_model->submissions());
    emit documentShown(symbol);
}

void MainWindow::onVoteActivated(qint64 voteId)
{
    const auto *vote = m_model->vote(m_model->indexOfVote(voteId));
    if (!vote)
        return;
    m_votesDock->show();
    m_votesDock->raise();
    m_votes->showVote(vote->document, vote->label);
}

void MainWindow::updateCounts()
{
    const int documents = m_model->documentCount();
    const int submissions = m_model->submissionCount();
    m_counts->setText(tr("%1, %2").arg(
        documents == 1 ? tr("1 document") : tr("%1 documents").arg(documents),
        submissions == 1 ? tr("1 submission") : tr("%1 submissions").arg(submissions)));
}

void MainWindow::restoreLayout()
{
    m_remembersLayout = true;
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_panel->restoreHeaderState(settings.value(kTreeHeaderKey).toByteArray());
    if (settings.value(kSortedKey, false).toBool()) {
        if (auto *sort = findChild<QAction *>(QStringLiteral("sortAction")))
            sort->setChecked(true);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kTreeHeaderKey, m_panel->saveHeaderState());
    settings.setValue(kSortedKey, m_panel->isSortingEnabled());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersLayout)
        saveLayout();
    event->accept();
}

} // namespace Rapporteur::Gui
