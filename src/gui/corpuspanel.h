#pragma once

#include <QByteArray>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QModelIndex;
class QTreeView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CorpusProxyModel;
class CorpusTreeModel;

// The corpus browser: a tree of documents and their submissions over a CorpusTreeModel, seen
// through a sorting proxy. Unsorted by default, so that submissions keep the order of the
// document. Tells which item is current in terms of the source model's ids.
class CorpusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusPanel)

public:
    explicit CorpusPanel(CorpusTreeModel *model, QWidget *parent = nullptr);
    ~CorpusPanel() override;

    QTreeView *view() const { return m_view; }
    CorpusProxyModel *proxy() const { return m_proxy; }

    // Makes the submission current (and visible); false when it is not in the model.
    bool selectSubmission(qint64 submissionId);
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
    void nothingActivated();

private:
    void onCurrentChanged(const QModelIndex &current);
    void onModelReset();

    CorpusTreeModel *m_model;
    CorpusProxyModel *m_proxy;
    QTreeView *m_view;
};

} // namespace Rapporteur::Gui
