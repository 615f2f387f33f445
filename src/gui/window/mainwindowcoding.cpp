// MainWindow's coding: the undo stack and the Edit menu, the codebook dock, and the controller
// that connects the readers (the reader tab and the side-by-side columns) to them.
#include "mainwindow.h"

#include "gui/common/corpussession.h"

#include "gui/coding/codebookpanel.h"
#include "gui/coding/codingcontroller.h"
#include "gui/coding/codingeditor.h"
#include "gui/coding/codingstore.h"
#include "gui/coding/storecommand.h"
#include "gui/compare/comparisoncolumn.h"
#include "gui/compare/comparisonview.h"
#include "gui/concordance/concordanceview.h"
#include "gui/import/importflow.h"
#include "gui/reader/submissionreader.h"
#include "gui/search/searchpanel.h"
#include "gui/settings/appsettings.h"

#include "coding/codingservice.h"

#include <QAction>
#include <QDockWidget>
#include <QFutureWatcherBase>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace Rapporteur::Gui {

void MainWindow::createCoding()
{
    m_undo = new QUndoStack(this);
    m_codingStore = new CodingStore(this);
    m_codingEditor = new CodingEditor(*m_codingStore, *m_undo, this);
    m_codebook = new CodebookPanel(*m_codingEditor);
    m_coding = new CodingController(*m_session, *m_codingEditor, *m_codebook, this);
    updateCoder();

    m_codebookDock = new QDockWidget(tr("Codebook"), this);
    m_codebookDock->setObjectName(QStringLiteral("codebookDock"));
    m_codebookDock->setAccessibleName(tr("Codebook"));
    m_codebookDock->setWidget(m_codebook);
    addDockWidget(Qt::RightDockWidgetArea, m_codebookDock);
    if (auto *votes = findChild<QDockWidget *>(QStringLiteral("votesDock"))) {
        tabifyDockWidget(votes, m_codebookDock);
        votes->raise();
    }

    m_coding->attachReader(m_reader);
    // Columns are made as the user adds them: each is attached once its text is on show.
    connect(m_comparison, &ComparisonView::columnShown, this, [this](int index, qint64) {
        if (ComparisonColumn *column = m_comparison->column(index))
            m_coding->attachReader(column->reader());
    });
    connect(m_codingStore, &CodingStore::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_codingStore, &CodingStore::connectionLost, this, &MainWindow::releaseConnections);
    connect(m_codebook, &CodebookPanel::documentActivated, this, &MainWindow::openDocument);
    // An import re-anchors codings (or orphans them): the steps before it no longer describe the
    // database, and redoing one could put a coding back on a paragraph that is gone.
    connect(m_import, &ImportFlow::imported, m_undo, &QUndoStack::clear);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Not QUndoStack::createUndoAction: its action moves the stack even when the database
    // refused the step (storecommand.h, undoStep).
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(m_undo->canUndo());
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [this, undo](const QString &step) {
        undo->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(step));
    });
    connect(undo, &QAction::triggered, this, [this] { undoStep(*m_undo); });
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(m_undo->canRedo());
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [this, redo](const QString &step) {
        redo->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(step));
    });
    connect(redo, &QAction::triggered, this, [this] { redoStep(*m_undo); });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_coding->codeAction());
}

void MainWindow::releaseConnections()
{
    // SQLite keeps one index of the write-ahead log per file and process: a connection opened
    // while an old one is still open would share the old, dead index. So every reader finishes
    // and the views that keep a connection let it go before the store opens its own again.
    // Not the import's: a running import checks the locks itself before it commits (and fails
    // without them), and waiting for it would freeze the window until it ends.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>()) {
        bool importing = false;
        for (QObject *o = watcher; o && !importing; o = o->parent())
            importing = o == m_import;
        if (!importing)
            watcher->waitForFinished();
    }
    m_session->notify(CorpusSession::Change::Connections);
    statusBar()->showMessage(
        tr("The connection to the database was interrupted and has been reopened."), 8000);
    // What another program wrote meanwhile is shown once the store is back.
    QMetaObject::invokeMethod(this, &MainWindow::reload, Qt::QueuedConnection);
}

void MainWindow::showCodebook()
{
    m_codebookDock->show();
    m_codebookDock->raise();
}

void MainWindow::updateCoder()
{
    // The name set in the settings; else the one the command line would record.
    const QString chosen = AppSettings().coder();
    m_codingStore->setCoder(chosen.isEmpty() ? Coding::defaultCoder() : chosen);
}

} // namespace Rapporteur::Gui
