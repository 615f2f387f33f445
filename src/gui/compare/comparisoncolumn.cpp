#include "comparisoncolumn.h"

#include "gui/reader/submissionreader.h"
#include "gui/votes/votetablemodel.h"

#include "analysis/entityprofile.h"
#include "referencedata/entityregistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

// The words of the reports' own lists (赞成：, 反对：, 弃权：) and of UN records for a member
// state in none of them: the reader of a Chinese report recognises them whatever the interface
// language is, so they are shown beside the interface's label, not translated.
QString reportWord(VotePosition position)
{
    switch (position) {
    case VotePosition::Yes:
        return QStringLiteral("赞成");
    case VotePosition::No:
        return QStringLiteral("反对");
    case VotePosition::Abstain:
        return QStringLiteral("弃权");
    case VotePosition::NonVoting:
        break;
    }
    return QStringLiteral("未参加表决");
}

// In a corpus of several languages the version is named too, so that a column can hold a
// state's English and the next another state's Chinese.
QString choiceText(const Storage::SubmissionRecord &s, bool withLanguage)
{
    const QString document =
        withLanguage ? QStringLiteral("%1 [%2]").arg(s.document, s.documentLanguage) : s.document;
    if (!s.entity)
        return ComparisonColumn::tr("%1 (no state recognised) — %2").arg(s.heading, document);
    return QStringLiteral("%1 %2 — %3").arg(s.entity->nameZh, s.entity->nameEn, document);
}

} // namespace

ComparisonColumn::ComparisonColumn(QWidget *parent)
    : QWidget(parent), m_chooser(new QComboBox(this)), m_profile(new QToolButton(this)),
      m_header(new QLabel(this)), m_reader(new SubmissionReader(this))
{
    setObjectName(QStringLiteral("comparisonColumn"));
    m_chooser->setObjectName(QStringLiteral("comparisonChooser"));
    m_chooser->setAccessibleName(tr("Submission in this column"));
    m_profile->setObjectName(QStringLiteral("comparisonProfile"));
    m_profile->setText(tr("Profile"));
    m_profile->setToolTip(tr("Open the profile of this state: its submissions, votes and "
                             "sponsorships"));
    m_profile->setAccessibleName(tr("Profile of the state in this column"));
    m_header->setObjectName(QStringLiteral("comparisonPosition"));
    m_header->setAccessibleName(tr("Position on the chosen vote"));
    m_header->setWordWrap(true);
    m_header->setAutoFillBackground(true);
    m_header->setMargin(4);
    m_reader->setObjectName(QStringLiteral("comparisonReader"));
    m_reader->setAccessibleName(tr("Text of the submission"));
    // Long state names must not make the columns wider than a quarter of the window.
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_chooser, 1);
    top->addWidget(m_profile);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_reader, 1);

    // `activated` is the user's choice only; choices made in code load through the view.
    connect(m_chooser, &QComboBox::activated, this, [this] {
        updateHeader();
        emit submissionChosen(submissionId());
    });
    connect(m_profile, &QToolButton::clicked, this, [this] {
        if (const QString code = entityCode(); !code.isEmpty())
            emit entityActivated(code);
    });
    updateHeader();
}

ComparisonColumn::~ComparisonColumn() = default;

void ComparisonColumn::setSubmissions(const QList<Storage::SubmissionRecord> &submissions)
{
    m_submissions = submissions;
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    QSet<QString> languages;
    for (const auto &s : submissions)
        languages.insert(s.documentLanguage);
    for (const auto &s : submissions)
        m_chooser->addItem(choiceText(s, languages.size() > 1), s.id);
    m_chooser->setCurrentIndex(-1);
    updateHeader();
}

bool ComparisonColumn::chooseEntity(const QString &code)
{
    for (const auto &s : m_submissions) {
        if (s.entity && s.entity->code == code)
            return chooseSubmission(s.id);
    }
    return false;
}

bool ComparisonColumn::chooseSubmission(qint64 submissionId)
{
    const int index = m_chooser->findData(submissionId);
    if (index < 0)
        return false;
    m_chooser->setCurrentIndex(index);
    updateHeader();
    return true;
}

void ComparisonColumn::setVote(const std::optional<Storage::VoteRecord> &vote)
{
    m_vote = vote;
    updateHeader();
}

void ComparisonColumn::showParagraphs(qint64 submissionId,
                                      const QList<Storage::ParagraphRecord> &paragraphs)
{
    const auto chosen = submission();
    if (!chosen || chosen->id != submissionId)
        return;
    m_reader->showSubmission(*chosen, paragraphs);
}

void ComparisonColumn::showNote(const QString &note)
{
    m_reader->showNote(note);
}

std::optional<Storage::SubmissionRecord> ComparisonColumn::submission() const
{
    const int index = m_chooser->currentIndex();
    if (index < 0 || index >= m_submissions.size())
        return std::nullopt;
    return m_submissions[index];
}

qint64 ComparisonColumn::submissionId() const
{
    const auto chosen = submission();
    return chosen ? chosen->id : 0;
}

QString ComparisonColumn::entityCode() const
{
    const auto chosen = submission();
    return chosen && chosen->entity ? chosen->entity->code : QString();
}

QString ComparisonColumn::headerText() const
{
    return m_header->text();
}

QColor ComparisonColumn::headerColour() const
{
    return m_header->palette().color(QPalette::Window);
}

void ComparisonColumn::updateHeader()
{
    m_position.reset();
    QPalette palette = this->palette();
    const QString code = entityCode();
    m_profile->setEnabled(!code.isEmpty());
    const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(code);
    if (!m_vote) {
        m_header->setText(tr("No recorded vote in this corpus"));
    } else if (!entity) {
        m_header->setText(submissionId() != 0 ? tr("No vote: the heading names no known state")
                                              : QString());
    } else {
        const QString vote = QStringLiteral("%1 %2").arg(m_vote->document, m_vote->label);
        m_position = m_vote->positionOf(entity->code);
        if (m_position) {
            const QString label = VoteTableModel::positionLabel(*m_position);
            const QString word = reportWord(*m_position);
            m_header->setText(tr("%1 — %2").arg(
                word == label ? label : QStringLiteral("%1 %2").arg(word, label), vote));
            palette.setColor(QPalette::Window, VoteTableModel::positionColour(*m_position));
            palette.setColor(QPalette::WindowText, Qt::black); // the colours are light
        } else {
            // Observers and the European Union cast no vote in the General Assembly.
            m_header->setText(tr("Casts no vote — %1").arg(vote));
        }
    }
    m_header->setPalette(palette);
    m_header->setToolTip(
        m_vote ? tr("%1 %2: %3 (draft %4)")
                     .arg(m_vote->document, m_vote->label, m_vote->subject, m_vote->draftSymbol)
               : QString());
}

} // namespace Rapporteur::Gui
