#pragma once

#include "gui/common/corpussession.h"

#include "storage/records.h"
#include "storage/voterecords.h"

#include <QMainWindow>
#include <QPoint>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CodebookPanel;
class CodingController;
class CodingEditor;
class CodingStore;
class ComparisonView;
class ParallelReadingView;
class VoteImportFlow;
class ConcordanceView;
class CorpusLoader;
class CorpusPanel;
class CorpusTreeModel;
class DocumentRename;
class ImportFlow;
class ProfileView;
class ReadingController;
class RecentFiles;
class ReferencesView;
class CodingAnalysisView;
class BlocsView;
class RecordBlocsView;
class SearchPanel;
class SubmissionReader;
class VotePanel;

// Assembles the window: the corpus browser, the votes and the state profile in docks; the reader
// and the side-by-side view as tabs in the centre; the status bar with the import's progress;
// the menus and the toolbar. The work itself lives in the pieces; this class only wires them.
// (Menus, import and settings are wired in mainwindowactions.cpp.)
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the corpus in the background. Until it has loaded, the current database (if any)
    // stays on show; when it fails, it stays on and the status bar says why.
    void openDatabase(const QString &path);
    // The database on show; empty before the first successful load.
    QString databasePath() const { return m_session->path(); }
    // Makes the submission of an entity ("CHN") current, which loads its text.
    bool selectEntity(const QString &entityCode);
    // Shows a document's whole text in the reader (its tables in place).
    void openDocument(const QString &symbol);
    // Loads the profile of a state or organisation (a code or a name) into the profile dock.
    void showProfile(const QString &entity);
    // Shows the side-by-side tab with the submissions of these entities in its columns.
    void compare(const QStringList &entityCodes);
    // Shows the Versions tab: a submission (0: the whole document) beside its other language
    // version.
    void readVersions(const QString &symbol, qint64 submissionId);
    // The first submission of an entity in a document kept in several languages, beside its
    // other version; false when there is none.
    bool readVersionsOf(const QString &entityCode);
    // Shows a paragraph in the reader: its submission's text (or its document's when it is in
    // none), scrolled to it and selected. Emits paragraphShown once it is on show.
    // With a mark (start, end in code points), that span is selected instead: the term a search
    // or the concordance found.
    void openParagraph(const QString &document, std::optional<qint64> submissionId,
                       qint64 paragraphId, const QPoint &mark = {});
    // Imports files into the database on show (or the default one) in the background.
    bool importFiles(const QStringList &paths);
    // Imports the General Assembly's recorded votes (UN Digital Library, Voeten's tables) the
    // same way, behind a progress dialog with Cancel; the corpus reloads once they are stored.
    bool importVotingRecord(const QStringList &paths);
    VoteImportFlow *voteImportFlow() const { return m_voteImport; }
    DocumentRename *documentRename() const { return m_rename; }

    // Restores the saved window geometry and layout, and saves them again on close; also keeps
    // the list of recent databases. Without this call the window neither reads nor writes
    // settings (tests, screenshots).
    void restoreLayout();

    VotePanel *votePanel() const { return m_votes; }
    ProfileView *profileView() const { return m_profile; }
    ComparisonView *comparisonView() const { return m_comparison; }
    ParallelReadingView *parallelReadingView() const { return m_versions; }
    QTabWidget *centralTabs() const { return m_tabs; }
    SearchPanel *searchPanel() const { return m_search; }
    ConcordanceView *concordanceView() const { return m_concordance; }
    ReferencesView *referencesView() const { return m_references; }
    SubmissionReader *reader() const { return m_reader; }
    // Coding (mainwindowcoding.cpp): every edit is a step of this stack (Edit ▸ Undo / Redo).
    QUndoStack *undoStack() const { return m_undo; }
    CodingController *codingController() const { return m_coding; }
    CodebookPanel *codebookPanel() const { return m_codebook; }
    // Shows the codebook dock.
    void showCodebook();
    // Shows the paragraph with this id in the reader, once its place is read (a background read).
    void openParagraphById(qint64 paragraphId);
    CodingAnalysisView *codingAnalysisView() const { return m_codingAnalysis; }
    BlocsView *blocsView() const { return m_blocs; }
    RecordBlocsView *recordBlocsView() const { return m_record; }
    // Shows a submission's text in the reader.
    void openSubmission(qint64 submissionId);

signals:
    void corpusShown();
    void databaseFailed(const QString &message);
    void submissionShown(qint64 submissionId);
    void documentShown(const QString &symbol);
    void profileShown(const QString &entityCode);
    void paragraphShown(qint64 paragraphId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void connectLoaders();
    void createActions();
    void createEditMenu();
    void createToolsMenu();
    void createHelpMenu();
    void createCoding();
    void createAnalysisTabs();
    void addAnalysisActions(QMenu *view);
    void updateCoder();
    void chooseDatabase();
    void chooseNewDatabase();
    void openSettings();
    void reload();
    void releaseConnections();
    void saveLayout() const;
    QString importTarget() const;
    // Opens the database, and once its corpus is on show says message in the status bar.
    void reopenSaying(const QString &path, const QString &message);
    // A warning in a dialog that does not block.
    void warn(const QString &title, const QString &message);
    void showCorpus(const QString &path, const QList<Storage::DocumentRecord> &documents,
                    const QList<Storage::SubmissionRecord> &submissions, const QString &notice);
    void showVotes(const QString &path, const QList<Storage::VoteRecord> &votes);
    void showFailure(const QString &path, const QString &message);
    void onVoteActivated(qint64 voteId);
    void openVote(const QString &document, const QString &label);
    void openHit(const QString &document, qint64 submissionId, qint64 paragraphId,
                 const QPoint &mark = {});
    void updateCounts();

    // The open database, given to every view: what changed in it reaches them through it.
    CorpusSession *m_session;
    CorpusLoader *m_loader;
    CorpusPanel *m_panel;
    CorpusTreeModel *m_model; // the panel's: what the window looks items up in
    QDockWidget *m_corpusDock;
    QTabWidget *m_tabs;
    SubmissionReader *m_reader;
    ReadingController *m_reading;
    ComparisonView *m_comparison;
    ParallelReadingView *m_versions;
    ConcordanceView *m_concordance;
    ReferencesView *m_references;
    VotePanel *m_votes;
    QDockWidget *m_votesDock;
    ProfileView *m_profile;
    QDockWidget *m_profileDock;
    SearchPanel *m_search;
    QDockWidget *m_searchDock;
    ImportFlow *m_import;
    DocumentRename *m_rename;
    VoteImportFlow *m_voteImport = nullptr;
    RecentFiles *m_recent;
    QLabel *m_counts;
    QAction *m_reloadAction = nullptr;
    QAction *m_importAction = nullptr;
    QUndoStack *m_undo = nullptr;
    CodingStore *m_codingStore = nullptr;
    CodingEditor *m_codingEditor = nullptr;
    CodebookPanel *m_codebook = nullptr;
    QDockWidget *m_codebookDock = nullptr;
    CodingAnalysisView *m_codingAnalysis = nullptr;
    BlocsView *m_blocs = nullptr;
    RecordBlocsView *m_record = nullptr;
    CodingController *m_coding = nullptr;
    QString m_requestedPath;
    bool m_remembersLayout = false;
};

} // namespace Rapporteur::Gui
