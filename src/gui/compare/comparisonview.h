#pragma once

#include "gui/common/corpussession.h"
#include "storage/records.h"
#include "storage/voterecords.h"

#include <QList>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class ComparisonColumn;
class ParagraphLoader;

// Submissions side by side: two to four columns (say Australia, China and the European Union),
// each with its own chooser and scroll bar, and in each column's header the entity's position on
// the vote chosen above them. Texts are read off the GUI thread from the database given.
// The columns start empty, asking for a state: which states to compare is the user's question.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    static constexpr int kMinColumns = 2;
    static constexpr int kMaxColumns = 4;

    explicit ComparisonView(const CorpusSession &session, QWidget *parent = nullptr);
    ~ComparisonView() override;

    // One column per code (two to four), each showing the entity's first submission, in this
    // order. With fewer than two, the other column asks for a state; empty codes are skipped.
    // Codes beyond four, and a code without a submission (its column asks), are said in the note.
    void setColumns(const QStringList &entityCodes);
    // Puts the entity's first submission in the first column that asks for a state, or in a new
    // column at the right; returns the column, or -1 when it has no submission or four columns
    // are filled (the note says why). An entity already shown stays in its column.
    int addState(const QString &entityCode);
    // What the view last said about the columns (a state left out, already shown); empty when
    // the last change went as asked.
    QString noteText() const;
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
    // The view said something about its columns (shown above them too), for a status bar.
    void noted(const QString &note);

private:
    // The submissions to choose from and the votes for the headers. The columns keep their
    // entities where the new corpus has them; the others ask for a state.
    void setCorpus(const QList<Storage::SubmissionRecord> &submissions,
                   const QList<Storage::VoteRecord> &votes);
    // The votes alone, when they arrive after the submissions.
    void setVotes(const QList<Storage::VoteRecord> &votes);
    void sessionChanged(CorpusSession::Changes what);
    ComparisonColumn *appendColumn();
    void load(int column);
    void showVote(int index);
    void updateButtons();
    void showNote(const QString &note);
    // The entity's name in the interface's language (the code when it is unknown).
    QString nameOf(const QString &entityCode) const;

    const CorpusSession &m_session;
    QList<Storage::SubmissionRecord> m_submissions;
    QList<Storage::VoteRecord> m_votes;
    QList<ComparisonColumn *> m_columns;
    QComboBox *m_voteChooser;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_note;
    QSplitter *m_splitter;
    ParagraphLoader *m_loader;
};

} // namespace Rapporteur::Gui
