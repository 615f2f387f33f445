#include "blocchoicepanel.h"

#include "adaptivesplitter.h"

#include "blocs/votematrix.h"

#include "gui/common/flowlayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Rapporteur::Gui {

namespace {

constexpr int kVoteIdRole = Qt::UserRole + 1;
// The drop-down's height in votes; more scroll.
constexpr int kVisibleVotes = 16;

QString voteTooltip(const Storage::VoteRecord &vote)
{
    QStringList lines{vote.subject};
    if (!vote.draftSymbol.isEmpty())
        lines << BlocChoicePanel::tr("Draft %1").arg(vote.draftSymbol);
    if (vote.date.isValid())
        lines << QLocale().toString(vote.date, QLocale::LongFormat);
    lines << BlocChoicePanel::tr("In favour %1, against %2, abstaining %3")
                 .arg(vote.yes.size())
                 .arg(vote.no.size())
                 .arg(vote.abstain.size());
    return lines.join(u'\n');
}

} // namespace

BlocChoicePanel::BlocChoicePanel(QWidget *parent)
    : QWidget(parent), m_votes(new QListWidget), m_voteCount(new QPushButton(this)),
      m_abstention(new QComboBox(this)), m_nonVoting(new QComboBox(this)), m_k(new QSpinBox(this))
{
    setObjectName(QStringLiteral("blocChoicePanel"));
    m_votes->setObjectName(QStringLiteral("blocVotes"));
    m_votes->setAccessibleName(tr("Recorded votes to compare"));
    m_votes->setUniformItemSizes(true);
    m_voteCount->setObjectName(QStringLiteral("blocVotesButton"));
    m_voteCount->setAccessibleName(tr("Recorded votes to compare"));

    // The list drops down from the button: it stays open while votes are ticked (a menu of
    // checkable actions would close at each one).
    auto *dropDown = new QWidget;
    auto *all = new QPushButton(tr("All"), dropDown);
    all->setObjectName(QStringLiteral("blocVotesAll"));
    auto *none = new QPushButton(tr("None"), dropDown);
    none->setObjectName(QStringLiteral("blocVotesNone"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(all);
    buttons->addWidget(none);
    auto *dropLayout = new QVBoxLayout(dropDown);
    dropLayout->addWidget(m_votes, 1);
    dropLayout->addLayout(buttons);
    auto *menu = new QMenu(m_voteCount);
    auto *listAction = new QWidgetAction(menu);
    listAction->setDefaultWidget(dropDown);
    menu->addAction(listAction);
    m_voteCount->setMenu(menu);

    m_abstention->setObjectName(QStringLiteral("blocAbstention"));
    m_abstention->setAccessibleName(tr("What an abstention against yes or no counts for"));
    m_abstention->addItem(tr("half agreement (0.5)"), int(Blocs::AbstentionRule::Half));
    m_abstention->addItem(tr("full disagreement (0)"), int(Blocs::AbstentionRule::Disagree));
    m_abstention->setToolTip(tr("What an abstention against yes or no counts for"));
    m_nonVoting->setObjectName(QStringLiteral("blocNonVoting"));
    m_nonVoting->setAccessibleName(tr("What not voting counts for"));
    m_nonVoting->addItem(tr("excluded from the pair"), int(Blocs::NonVotingRule::Exclude));
    m_nonVoting->addItem(tr("counted as a position"), int(Blocs::NonVotingRule::Count));
    m_nonVoting->setToolTip(
        tr("Excluded: a pair is compared over the votes both states cast. Counted: not voting "
           "agrees with not voting and with nothing else."));
    // As wide as the longest choice, whichever is chosen: the text is never cut.
    for (QComboBox *combo : {m_abstention, m_nonVoting})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_k->setObjectName(QStringLiteral("blocCount"));
    m_k->setAccessibleName(tr("Number of blocs"));
    m_k->setRange(1, 999); // narrowed to the number of states by setStateCount
    m_k->setValue(kDefaultBlocCount);

    m_flow = new FlowLayout(this);
    m_flow->setContentsMargins(0, 0, 0, 0);
    addGroup(tr("Votes compared:"), m_voteCount);
    // The label short, the question whole in the tooltip: the bar then fits two rows beside the
    // main window's docks.
    addGroup(tr("Abstention:"), m_abstention);
    addGroup(tr("Not voting:"), m_nonVoting);
    addGroup(tr("Blocs:"), m_k);

    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_votes, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit choiceChanged();
    });
    connect(m_abstention, &QComboBox::currentIndexChanged, this, &BlocChoicePanel::choiceChanged);
    connect(m_nonVoting, &QComboBox::currentIndexChanged, this, &BlocChoicePanel::choiceChanged);
    connect(m_k, &QSpinBox::valueChanged, this, &BlocChoicePanel::blocCountChanged);
    updateCount();
}

BlocChoicePanel::~BlocChoicePanel() = default;

void BlocChoicePanel::addGroup(const QString &label, QWidget *control)
{
    // A choice and its label as one group, which wraps as a whole.
    auto *group = new QWidget(this);
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(label, group);
    text->setBuddy(control);
    row->addWidget(text);
    row->addWidget(control);
    m_flow->addWidget(group);
}

void BlocChoicePanel::setVotes(const QList<Storage::VoteRecord> &votes)
{
    const QSignalBlocker quiet(m_votes);
    m_votes->clear();
    for (const Storage::VoteRecord &vote : votes) {
        // Document and label always: a label like (a) repeats across reports.
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2 %3").arg(vote.document, vote.label, vote.subject), m_votes);
        item->setData(kVoteIdRole, vote.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(voteTooltip(vote));
    }
    // The drop-down shows whole labels, up to a line of text, and up to a screenful of votes.
    const QFontMetrics metrics = m_votes->fontMetrics();
    int widest = 0;
    for (int i = 0; i < m_votes->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_votes->item(i)->text()));
    const int check = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_votes);
    const int frame = 2 * m_votes->frameWidth() +
                      style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_votes);
    m_votes->setMinimumWidth(std::min(widest, latinTextWidth(metrics, 80)) + 3 * check + frame);
    const int rows = std::clamp(m_votes->count(), 1, kVisibleVotes);
    const int rowHeight = m_votes->count() > 0 ? m_votes->sizeHintForRow(0) : metrics.height();
    m_votes->setMinimumHeight(rows * rowHeight + frame);
    updateCount();
}

QList<qint64> BlocChoicePanel::chosenVoteIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_votes->count(); ++i) {
        if (m_votes->item(i)->checkState() == Qt::Checked)
            ids.append(m_votes->item(i)->data(kVoteIdRole).toLongLong());
    }
    return ids;
}

void BlocChoicePanel::setChosenVoteIds(const QList<qint64> &ids)
{
    const QSet<qint64> chosen(ids.cbegin(), ids.cend());
    {
        const QSignalBlocker quiet(m_votes);
        for (int i = 0; i < m_votes->count(); ++i) {
            QListWidgetItem *item = m_votes->item(i);
            item->setCheckState(chosen.contains(item->data(kVoteIdRole).toLongLong())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    updateCount();
    emit choiceChanged();
}

void BlocChoicePanel::setAllChecked(bool checked)
{
    QList<qint64> ids;
    if (checked) {
        for (int i = 0; i < m_votes->count(); ++i)
            ids.append(m_votes->item(i)->data(kVoteIdRole).toLongLong());
    }
    setChosenVoteIds(ids);
}

Blocs::AgreementOptions BlocChoicePanel::options() const
{
    return {static_cast<Blocs::AbstentionRule>(m_abstention->currentData().toInt()),
            static_cast<Blocs::NonVotingRule>(m_nonVoting->currentData().toInt())};
}

void BlocChoicePanel::setOptions(const Blocs::AgreementOptions &options)
{
    {
        const QSignalBlocker quietA(m_abstention);
        const QSignalBlocker quietN(m_nonVoting);
        m_abstention->setCurrentIndex(m_abstention->findData(int(options.abstention)));
        m_nonVoting->setCurrentIndex(m_nonVoting->findData(int(options.nonVoting)));
    }
    emit choiceChanged();
}

int BlocChoicePanel::blocCount() const
{
    return m_k->value();
}

void BlocChoicePanel::setBlocCount(int k)
{
    m_k->setValue(k); // clamped to the range; emits blocCountChanged when it changes
}

void BlocChoicePanel::setStateCount(int states)
{
    // Keeps the user's k where the states allow it: a new analysis should not reset it.
    const QSignalBlocker quiet(m_k);
    m_k->setMaximum(std::max(1, states));
}

void BlocChoicePanel::updateCount()
{
    m_voteCount->setText(tr("%1 of %n vote(s)", "", m_votes->count()).arg(chosenVoteIds().size()));
}

} // namespace Rapporteur::Gui
