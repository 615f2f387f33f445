#pragma once

#include "storage/records.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CorpusLoader;
class CorpusPanel;
class CorpusTreeModel;
class SubmissionReader;
class VotePanel;

// Assembles the window: the corpus browser in a dock, the reader in the centre, the status bar
// and the actions. The work itself lives in the pieces; this class only wires them together.
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
    QString databasePath() const { return m_databasePath; }
    // Makes the submission of an entity ("CHN") current, which loads its text.
    bool selectEntity(const QString &entityCode);

    // Restores the saved window geometry and layout, and saves them again on close. Without this
    // call the window neither reads nor writes settings (tests, screenshots).
    void restoreLayout();

    VotePanel *votePanel() const { return m_votes; }

signals:
    void corpusShown();
    void databaseFailed(const QString &message);
    void submissionShown(qint64 submissionId);
    void documentShown(const QString &symbol);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void chooseDatabase();
    void reload();
    void saveLayout() const;
    void showCorpus(const QString &path, const QList<Storage::DocumentRecord> &documents,
                    const QList<Storage::SubmissionRecord> &submissions, const QString &notice);
    void showFailure(const QString &path, const QString &message);
    void showParagraphs(qint64 submissionId, const QList<Storage::ParagraphRecord> &paragraphs);
    void onSubmissionActivated(qint64 submissionId);
    void onDocumentActivated(qint64 documentId);
    void onVoteActivated(qint64 voteId);
    void showDocumentText(const QString &symbol, const QList<Storage::ParagraphRecord> &paragraphs);
    void updateCounts();

    CorpusLoader *m_loader;
    CorpusTreeModel *m_model;
    CorpusPanel *m_panel;
    QDockWidget *m_corpusDock;
    SubmissionReader *m_reader;
    VotePanel *m_votes;
    QDockWidget *m_votesDock;
    QLabel *m_counts;
    QAction *m_reloadAction = nullptr;
    QString m_databasePath;
    QString m_requestedPath;
    bool m_remembersLayout = false;
};

} // namespace Rapporteur::Gui
