#pragma once

#include "gui/common/corpussession.h"

#include <QByteArray>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CorpusProxyModel;
class CorpusTreeModel;

// The corpus browser: a filter box over a tree of documents, their sections, submissions and
// recorded votes (a CorpusTreeModel), seen through a sorting and filtering proxy. Unsorted by
// default, so that submissions keep the order of the document. Tells which item is current in terms
// of the source model's ids. The tree shows the session's corpus and follows its changes.
class CorpusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusPanel)

public:
    explicit CorpusPanel(const CorpusSession &session, QWidget *parent = nullptr);
    ~CorpusPanel() override;

    CorpusTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }
    // The note shown when the filter leaves nothing; empty otherwise.
    QString noMatchText() const;
    CorpusProxyModel *proxy() const { return m_proxy; }

    // Makes the submission current (and visible, clearing a filter that hides it); false when it
    // is not in the model.
    bool selectSubmission(qint64 submissionId);
    bool selectVote(qint64 voteId);
    bool selectDocument(const QString &symbol);
    // The current submission's id, or 0 when the current item is not a submission.
    qint64 currentSubmissionId() const;

    // Clicking a column header sorts by it; off restores the order of the documents.
    void setSortingEnabled(bool enabled);
    bool isSortingEnabled() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void submissionActivated(qint64 submissionId);
    void documentActivated(qint64 documentId);
    void voteActivated(qint64 voteId);
    // From the context menu of a submission: its entity's profile, or its text side by side.
    void profileRequested(const QString &entityCode);
    void compareRequested(const QString &entityCode);
    // A submission (or, for 0, the whole document) beside its other language version.
    void versionsRequested(const QString &symbol, qint64 submissionId);
    // From the context menu of a document: give it another symbol.
    void renameRequested(const QString &symbol);
    void nothingActivated();

private:
    void sessionChanged(CorpusSession::Changes what);
    void onCurrentChanged(const QModelIndex &current);
    // The corpus holds the document in more than one language.
    bool hasOtherVersion(const QString &symbol) const;
    void onModelReset();
    // Says so when the filter leaves nothing.
    void updateNoMatch();
    void showContextMenu(const QPoint &pos);
    bool selectSource(const QModelIndex &sourceIndex);
    void spanAndExpand(const QModelIndex &parent);

    const CorpusSession &m_session;
    CorpusTreeModel *m_model;
    CorpusProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_noMatch;
};

} // namespace Rapporteur::Gui
