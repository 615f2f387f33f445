#pragma once

#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"
#include "storage/records.h"
#include "storage/voterecords.h"

#include <QHash>
#include <QPoint>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class ReusableConnection;

class SearchResultModel;

// The search dock: a query box (words, "phrases", AND/OR/NOT, Latin prefixes*), filters by
// document, state, a state's position on a vote, and section, and the hits best first with
// their snippets. Searches run off the GUI thread; a newer query supersedes an older one.
// Activating a hit asks for its paragraph to be shown.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(const CorpusSession &session, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *queryBox() const { return m_query; }
    SearchResultModel *results() const { return m_model; }
    QString statusText() const;
    // Filters as a user sets them (empty or a null position: no filter).
    void setFilters(const QString &document, const QString &entity, const QString &voteLabel,
                    const QString &position, const QString &section);

public slots:
    void runSearch();

signals:
    // submissionId is 0 for a paragraph outside any submission.
    // mark: the term's place in the paragraph (start, end in code points); null when it is in a
    // footnote or a table cell.
    void paragraphActivated(const QString &document, qint64 submissionId, qint64 paragraphId,
                            const QPoint &mark);
    void searchFinished(int hits);

private:
    // Fills the filters' choices.
    void setCorpus(const QList<Storage::DocumentRecord> &documents,
                   const QList<Storage::SubmissionRecord> &submissions);
    void setVotes(const QList<Storage::VoteRecord> &votes);

    void sessionChanged(CorpusSession::Changes what);
    static void selectData(QComboBox *combo, const QString &value);

    const CorpusSession &m_session;
    QLineEdit *m_query;
    QComboBox *m_document;
    QComboBox *m_entity;
    QComboBox *m_vote;
    QComboBox *m_position;
    QComboBox *m_section;
    QComboBox *m_language;
    QLabel *m_status;
    QListView *m_view;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    std::shared_ptr<ReusableConnection> m_connection; // new whenever the session's file changes
    QHash<QString, QString> m_entityNames;
    LatestRead m_read{this};
};

} // namespace Rapporteur::Gui
