#pragma once

#include "gui/common/corpussession.h"
#include "storage/records.h"
#include "storage/voterecords.h"

#include <QList>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QPushButton;
class QSplitter;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class ComparisonColumn;
class ParagraphLoader;

// Submissions side by side: two to four columns (say Australia, China and the European Union),
// each with its own chooser and scroll bar, and in each column's header the entity's position on
// the vote chosen above them. Texts are read off the GUI thread from the database given.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    static constexpr int kMinColumns = 2;
    static constexpr int kMaxColumns = 4;

    explicit ComparisonView(const CorpusSession &session, QWidget *parent = nullptr);
    ~ComparisonView() override;

    // One column per code (two to four: fewer are filled up, more are dropped), each showing the
    // entity's first submission; a code without one leaves its column as it was.
    void setColumns(const QStringList &entityCodes);
    QStringList columnCodes() const;
    int columnCount() const { return int(m_columns.size()); }
    ComparisonColumn *column(int index) const { return m_columns.value(index); }

    // The vote the headers show; false when the corpus has no vote with this id.
    bool chooseVote(qint64 voteId);
    qint64 currentVoteId() const;

public slots:
    void addColumn();
    void removeColumn();

signals:
    // A column's text is on show (or its note, when reading it failed).
    void columnShown(int column, qint64 submissionId);
    // The user asked for the profile of a column's entity.
    void entityActivated(const QString &code);

private:
    // The submissions to choose from and the votes for the headers. The columns keep their
    // entities where the new corpus has them; a first corpus fills them with its first entities.
    void setCorpus(const QList<Storage::SubmissionRecord> &submissions,
                   const QList<Storage::VoteRecord> &votes);
    // The votes alone, when they arrive after the submissions.
    void setVotes(const QList<Storage::VoteRecord> &votes);
    void sessionChanged(CorpusSession::Changes what);
    ComparisonColumn *appendColumn();
    void load(int column);
    void showVote(int index);
    void updateButtons();
    qint64 firstSubmissionNotShown() const;

    const CorpusSession &m_session;
    QList<Storage::SubmissionRecord> m_submissions;
    QList<Storage::VoteRecord> m_votes;
    QList<ComparisonColumn *> m_columns;
    QComboBox *m_voteChooser;
    QPushButton *m_add;
    QPushButton *m_remove;
    QSplitter *m_splitter;
    ParagraphLoader *m_loader;
};

} // namespace Rapporteur::Gui
