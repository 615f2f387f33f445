#pragma once

#include "common/recordedvote.h"
#include "storage/records.h"
#include "storage/voterecords.h"

#include <QColor>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class SubmissionReader;

// One column of the side-by-side view: a chooser over the corpus's submissions (none chosen
// until the user or the view chooses: an empty column asks for a state), a header with the
// entity's position on the chosen vote (coloured as in the vote table), and the submission's
// text in a reader with its own scroll bar. The text is handed in: loading is the view's job.
class ComparisonColumn final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonColumn)

public:
    explicit ComparisonColumn(QWidget *parent = nullptr);
    ~ComparisonColumn() override;

    // The submissions to choose from; none is chosen until the caller chooses one.
    void setSubmissions(const QList<Storage::SubmissionRecord> &submissions);
    // Chooses the entity's first submission; false (and nothing changes) when it has none.
    bool chooseEntity(const QString &code);
    bool chooseSubmission(qint64 submissionId);
    // No submission chosen: the chooser asks for one.
    void clear();
    // The vote whose positions the header shows; empty when the corpus has none.
    void setVote(const std::optional<Storage::VoteRecord> &vote);

    // Shows the text, unless another submission has been chosen since it was asked for.
    void showParagraphs(qint64 submissionId, const QList<Storage::ParagraphRecord> &paragraphs);
    void showNote(const QString &note);

    std::optional<Storage::SubmissionRecord> submission() const;
    qint64 submissionId() const;
    QString entityCode() const; // empty when no submission is chosen or it names no entity
    std::optional<VotePosition> position() const { return m_position; }
    QString headerText() const;
    QColor headerColour() const;
    SubmissionReader *reader() const { return m_reader; }
    QComboBox *chooser() const { return m_chooser; }
    // What the closed chooser shows: the state's name in the interface's language (with the
    // document when the state has several submissions), or the request to choose one.
    QString chooserText() const;

signals:
    // The user chose another submission: its text is wanted.
    void submissionChosen(qint64 submissionId);
    // The user asked for the profile of the column's entity.
    void entityActivated(const QString &code);

private:
    void updateHeader();

    QList<Storage::SubmissionRecord> m_submissions;
    std::optional<Storage::VoteRecord> m_vote;
    std::optional<VotePosition> m_position;
    QComboBox *m_chooser;
    QToolButton *m_profile;
    QLabel *m_header;
    SubmissionReader *m_reader;
};

} // namespace Rapporteur::Gui
