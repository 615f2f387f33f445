#include "comparisoncolumn.h"

#include "gui/reader/submissionreader.h"
#include "gui/settings/translation.h"
#include "gui/votes/votetablemodel.h"

#include "analysis/entityprofile.h"
#include "referencedata/entityregistry.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QSet>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {

// What the closed chooser shows of a choice (the list shows the whole choice text).
constexpr int kShortTextRole = Qt::UserRole + 1;

// A chooser whose closed box shows the choice's short text on as many lines as the column's
// width needs: a column is a half to a quarter of the central area, narrower than many UN names
// ("Bolivia (Plurinational State of)"), and a cut name is the wrong state as often as not.
class WrappingChooser final : public QComboBox
{
public:
    explicit WrappingChooser(QWidget *parent) : QComboBox(parent)
    {
        // Grows in height with its lines; the layout asks heightForWidth.
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        connect(this, &QComboBox::currentIndexChanged, this, [this] {
            updateGeometry();
            update();
        });
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const int oneLine = QComboBox::sizeHint().height();
        const int lines =
            fontMetrics()
                .boundingRect(QRect(0, 0, std::max(textRect(width).width(), 1), 1 << 16),
                              Qt::TextWordWrap, shownText())
                .height();
        return std::max(oneLine, oneLine - fontMetrics().height() + lines);
    }
    QSize sizeHint() const override
    {
        const QSize hint = QComboBox::sizeHint();
        return {hint.width(), heightForWidth(width() > 0 ? width() : hint.width())};
    }
    QString shownText() const
    {
        return currentIndex() < 0 ? placeholderText() : currentData(kShortTextRole).toString();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        option.currentText.clear(); // the frame and the arrow; the text is drawn below
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        painter.setPen(
            palette().color(currentIndex() < 0 ? QPalette::PlaceholderText : QPalette::ButtonText));
        painter.drawText(textRect(width()), Qt::AlignVCenter | Qt::AlignLeading | Qt::TextWordWrap,
                         shownText());
    }

private:
    QRect textRect(int width) const
    {
        QStyleOptionComboBox option;
        initStyleOption(&option);
        option.rect = QRect(0, 0, width, height() > 0 ? height() : QComboBox::sizeHint().height());
        return style()
            ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this)
            .adjusted(2, 0, -2, 0);
    }
};

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

// What the closed chooser shows: the state's name in the interface's language, and the document
// only when the state has several submissions to tell apart. The reader below names the state in
// both languages and the document.
QString shortText(const Storage::SubmissionRecord &s, bool several, bool withLanguage)
{
    const QString document =
        withLanguage ? QStringLiteral("%1 [%2]").arg(s.document, s.documentLanguage) : s.document;
    if (!s.entity)
        return QStringLiteral("%1 — %2").arg(s.heading, document);
    const bool chinese = currentLanguage() == QLatin1String("zh");
    QString name = chinese ? s.entity->nameZh : s.entity->nameEn;
    if (name.isEmpty())
        name = chinese ? s.entity->nameEn : s.entity->nameZh;
    return several ? QStringLiteral("%1 — %2").arg(name, document) : name;
}

} // namespace

ComparisonColumn::ComparisonColumn(QWidget *parent)
    : QWidget(parent), m_chooser(new WrappingChooser(this)), m_profile(new QToolButton(this)),
      m_header(new QLabel(this)), m_reader(new SubmissionReader(this))
{
    setObjectName(QStringLiteral("comparisonColumn"));
    m_chooser->setObjectName(QStringLiteral("comparisonChooser"));
    m_chooser->setAccessibleName(tr("Submission in this column"));
    // No state is chosen for the user: an empty column asks.
    m_chooser->setPlaceholderText(tr("Choose a state…"));
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
    // Long state names must not make the columns wider than a quarter of the window: the
    // chooser takes the column's width, alone on its line, and wraps the name.
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_chooser);
    auto *position = new QHBoxLayout;
    position->addWidget(m_header, 1);
    position->addWidget(m_profile);
    layout->addLayout(position);
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
    QHash<QString, int> perEntity;
    for (const auto &s : submissions) {
        languages.insert(s.documentLanguage);
        if (s.entity)
            ++perEntity[s.entity->code];
    }
    for (const auto &s : submissions) {
        m_chooser->addItem(choiceText(s, languages.size() > 1), s.id);
        const bool several = s.entity && perEntity.value(s.entity->code) > 1;
        m_chooser->setItemData(m_chooser->count() - 1, shortText(s, several, languages.size() > 1),
                               kShortTextRole);
    }
    // The list shows every choice whole, however narrow the column.
    m_chooser->view()->setMinimumWidth(m_chooser->view()->sizeHintForColumn(0) +
                                       m_chooser->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_chooser->setCurrentIndex(-1);
    updateHeader();
}

void ComparisonColumn::clear()
{
    m_chooser->setCurrentIndex(-1);
    updateHeader();
}

QString ComparisonColumn::chooserText() const
{
    return static_cast<const WrappingChooser *>(m_chooser)->shownText();
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
