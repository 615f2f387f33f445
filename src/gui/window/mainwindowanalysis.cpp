// MainWindow's analysis tabs: the coding analysis (retrieval, matrices, coder agreement) and the
// voting blocs (agreement, clusters, group cohesion), and opening a paragraph known only by its
// id, as the coding views name them.
#include "mainwindow.h"

#include "gui/blocs/blocsview.h"
#include "gui/blocs/recordblocsview.h"
#include "gui/coding/codinganalysisview.h"
#include "gui/common/backgroundread.h"
#include "gui/common/corpussession.h"

#include "storage/corpusrepository.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace Rapporteur::Gui {

void MainWindow::createAnalysisTabs()
{
    m_codingAnalysis = new CodingAnalysisView(*m_session);
    m_codingAnalysis->setObjectName(QStringLiteral("codingAnalysis"));
    m_tabs->addTab(m_codingAnalysis, tr("Coding analysis"));
    connect(m_codingAnalysis, &CodingAnalysisView::paragraphRequested, this,
            &MainWindow::openParagraphById);
    // Every coding edit (and its undo) changes what the analysis counts.
    connect(m_undo, &QUndoStack::indexChanged, m_session,
            [this] { m_session->notify(CorpusSession::Change::Codings); });

    m_blocs = new BlocsView(*m_session);
    m_blocs->setObjectName(QStringLiteral("votingBlocs"));
    m_tabs->addTab(m_blocs, tr("Voting blocs"));
    connect(m_blocs, &BlocsView::entityRequested, this, &MainWindow::showProfile);
    connect(m_blocs, &BlocsView::submissionRequested, this, &MainWindow::openSubmission);

    m_record = new RecordBlocsView(*m_session);
    m_tabs->addTab(m_record, tr("Voting record"));
    connect(m_record, &RecordBlocsView::entityRequested, this, &MainWindow::showProfile);
}

void MainWindow::addAnalysisActions(QMenu *view)
{
    QAction *coding = view->addAction(tr("C&oding Analysis"), this,
                                      [this] { m_tabs->setCurrentWidget(m_codingAnalysis); });
    coding->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *blocs =
        view->addAction(tr("Voting &Blocs"), this, [this] { m_tabs->setCurrentWidget(m_blocs); });
    blocs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    QAction *record =
        view->addAction(tr("Voting &Record"), this, [this] { m_tabs->setCurrentWidget(m_record); });
    record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
}

void MainWindow::openParagraphById(qint64 paragraphId)
{
    const QString path = m_session->path();
    runInBackground(
        this,
        [path, paragraphId] {
            return readDatabase<std::optional<Storage::ParagraphRecord>>(
                path, [paragraphId](Storage::Database &db) {
                    return Storage::CorpusRepository(db).paragraph(paragraphId);
                });
        },
        [this, paragraphId](const BackgroundResult<std::optional<Storage::ParagraphRecord>> &read) {
            if (!read.error.isEmpty())
                statusBar()->showMessage(read.error);
            else if (!read.value)
                statusBar()->showMessage(tr("That paragraph is no longer in the corpus"));
            else
                openParagraph(read.value->document, read.value->submissionId, paragraphId);
        });
}

} // namespace Rapporteur::Gui
