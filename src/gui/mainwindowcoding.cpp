// MainWindow's coding: the undo stack and the Edit menu, the codebook dock, and the controller
// that connects the readers (the reader tab and the side-by-side columns) to them.
#include "mainwindow.h"

#include "appsettings.h"
#include "codebookpanel.h"
#include "codingcontroller.h"
#include "codingeditor.h"
#include "codingstore.h"
#include "comparisoncolumn.h"
#include "comparisonview.h"
#include "importflow.h"
#include "submissionreader.h"

#include "coding/codingservice.h"

#include <QAction>
#include <QDockWidget>
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
    m_coding = new CodingController(*m_codingEditor, *m_codebook, this);
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
    connect(m_codebook, &CodebookPanel::documentActivated, this, &MainWindow::openDocument);
    // An import re-anchors codings (or orphans them): the steps before it no longer describe the
    // database, and redoing one could put a coding back on a paragraph that is gone.
    connect(m_import, &ImportFlow::imported, m_undo, &QUndoStack::clear);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_coding->codeAction());
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
