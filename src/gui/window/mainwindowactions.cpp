// MainWindow's menus, toolbar, import (menu and drag-and-drop), settings and remembered layout.
#include "mainwindow.h"

#include "gui/common/corpussession.h"

#include "databasechecker.h"
#include "databasefiledialogs.h"
#include "gui/coding/codingstore.h"
#include "gui/compare/comparisonview.h"
#include "gui/concordance/concordanceview.h"
#include "gui/corpus/corpuspanel.h"
#include "gui/import/importcontroller.h"
#include "gui/import/importflow.h"
#include "gui/reader/submissionreader.h"
#include "gui/references/referencesview.h"
#include "gui/search/searchpanel.h"
#include "gui/settings/aboutdialog.h"
#include "gui/settings/applicationfont.h"
#include "gui/settings/appsettings.h"
#include "gui/settings/recentfiles.h"
#include "gui/settings/settingsdialog.h"
#include "gui/votes/voteimportflow.h"

#include "workflow/databaselocation.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>

namespace Rapporteur::Gui {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kTreeHeaderKey = QStringLiteral("corpusPanel/header");
const auto kSortedKey = QStringLiteral("corpusPanel/sorted");
} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                     tr("&Import Documents…"), this,
                                     [this] { m_import->chooseFiles(importTarget()); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import UN documents (PDF or text) into the open database"));
    QAction *votes = file->addAction(tr("Import &Voting Record…"), this,
                                     [this] { m_voteImport->chooseFiles(importTarget()); });
    votes->setObjectName(QStringLiteral("importVotingRecordAction"));
    votes->setToolTip(tr("Import the General Assembly's recorded votes: the UN Digital Library's "
                         "file or Voeten's tables"));
    file->addSeparator();
    QAction *create = file->addAction(tr("&New Database…"), this, &MainWindow::chooseNewDatabase);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                    tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    m_recent->attachMenu(file->addMenu(tr("Open &Recent")));
    m_reloadAction = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                     tr("&Reload"), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences key where it has one (macOS, KDE), and Ctrl+, everywhere: most
    // Linux desktops bind none, which left the shortcut doing nothing and the menu showing none.
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (const QKeySequence comma(Qt::CTRL | Qt::Key_Comma); !preferences.contains(comma))
        preferences.append(comma);
    settings->setShortcuts(preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    createEditMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reader =
        view->addAction(tr("&Reader"), this, [this] { m_tabs->setCurrentWidget(m_reader); });
    reader->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *sideBySide = view->addAction(tr("Side by &Side"), this,
                                          [this] { m_tabs->setCurrentWidget(m_comparison); });
    sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *concordance = view->addAction(tr("&Concordance"), this, [this] {
        m_tabs->setCurrentWidget(m_concordance);
        m_concordance->focusTerm(); // Ctrl+3, then type the term
    });
    concordance->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *references = view->addAction(tr("R&eferences"), this,
                                          [this] { m_tabs->setCurrentWidget(m_references); });
    references->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    addAnalysisActions(view);
    QAction *filter = view->addAction(tr("&Filter the Corpus"), this, [this] {
        m_corpusDock->show();
        m_panel->filterBox()->setFocus(Qt::ShortcutFocusReason);
        m_panel->filterBox()->selectAll();
    });
    filter->setShortcut(QKeySequence::Find);
    QAction *search = view->addAction(tr("Search the &Text"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->queryBox()->setFocus(Qt::ShortcutFocusReason);
        m_search->queryBox()->selectAll();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addSeparator();
    view->addAction(m_corpusDock->toggleViewAction());
    view->addAction(m_searchDock->toggleViewAction());
    view->addAction(m_votesDock->toggleViewAction());
    view->addAction(m_profileDock->toggleViewAction());
    view->addAction(m_codebookDock->toggleViewAction());
    QAction *sort = view->addAction(tr("&Sort by Column"));
    sort->setObjectName(QStringLiteral("sortAction"));
    sort->setCheckable(true);
    sort->setToolTip(tr("Sort the corpus by the column whose header you click; off keeps the "
                        "order of the documents"));
    connect(sort, &QAction::toggled, m_panel, &CorpusPanel::setSortingEnabled);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Toolbar buttons get their own short text: a menu text's "(&I)" would show as "(I)".
    m_importAction->setIconText(tr("Import"));
    open->setIconText(tr("Open"));
    m_reloadAction->setIconText(tr("Reload"));
    tools->addAction(m_importAction);
    tools->addAction(open);
    tools->addAction(m_reloadAction);
    createToolsMenu();
    createHelpMenu();
}

void MainWindow::createToolsMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Tools"));
    QAction *check = menu->addAction(tr("&Check Database"));
    check->setObjectName(QStringLiteral("checkDatabaseAction"));
    check->setToolTip(tr("Check the open database's file, references and search indexes"));
    auto *checker = new DatabaseChecker(check, this);
    connect(check, &QAction::triggered, checker,
            [this, checker] { checker->check(m_session->path()); });
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Rapporteur"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setMenuRole(QAction::AboutRole);
}

QString MainWindow::importTarget() const
{
    if (!m_session->path().isEmpty())
        return m_session->path();
    return m_requestedPath.isEmpty() ? Workflow::defaultDatabasePath() : m_requestedPath;
}

bool MainWindow::importFiles(const QStringList &paths)
{
    return m_import->importFiles(importTarget(), paths);
}

bool MainWindow::importVotingRecord(const QStringList &paths)
{
    return m_voteImport->start(importTarget(), paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_import->isRunning() &&
        !ImportController::importableFiles(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = ImportController::importableFiles(event->mimeData()->urls());
    if (!files.isEmpty() && importFiles(files))
        event->acceptProposedAction();
}

void MainWindow::chooseDatabase()
{
    const QString path =
        askDatabaseToOpen(this, m_session->path().isEmpty() ? QDir::homePath() : m_session->path());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString start = m_session->path().isEmpty() ? QDir::homePath()
                                                      : QFileInfo(m_session->path()).absolutePath();
    const QString path = askNewDatabase(this, start);
    if (!path.isEmpty())
        openDatabase(path); // opening a missing file creates an empty database
}

void MainWindow::openSettings()
{
    auto *settings = new AppSettings;
    auto *dialog = new SettingsDialog(*settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, settings] {
        applyInterfaceFont(*settings);
        updateCoder();
    });
    connect(dialog, &QObject::destroyed, this, [settings] { delete settings; });
    dialog->open();
}

void MainWindow::reload()
{
    // F5 also mends a connection that lost its locks (CodingStore::ensureConnected).
    if (m_codingStore->isOpen()) {
        if (auto connected = m_codingStore->ensureConnected(); !connected)
            m_codingStore->report(connected.error());
    }
    openDatabase(m_session->path().isEmpty() ? m_requestedPath : m_session->path());
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
