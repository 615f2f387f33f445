#include "votepanel.h"

#include "plenarychainloader.h"
#include "voteproxymodel.h"
#include "votetablemodel.h"
#include "votetotalschart.h"

#include "gui/settings/translation.h"

#include "referencedata/entityregistry.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

VotePanel::VotePanel(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_chooser(new QComboBox(this)),
      m_filter(new QComboBox(this)), m_totals(new QLabel(this)), m_subject(new QLabel(this)),
      m_intended(new QLabel(this)), m_plenary(new QLabel(this)),
      m_chain(new PlenaryChainLoader(this)), m_table(new QTableView(this)),
      m_model(new VoteTableModel(this)), m_proxy(new VoteProxyModel(this)),
      m_chart(new VoteTotalsChart(this))
{
    // The interface's language is set before any widget is built and stays (translation.h): the
    // names of that language come first, in its order (the UN's English one, or pinyin).
    m_model->setNamesInChinese(currentLanguage() == QLatin1String("zh"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_model->nameColumn(), Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // A dock is narrow: the name, the position and the code, all in sight. The name gives way
    // (its tooltip has it whole, in both languages); the other language's name is in that
    // tooltip, and an intended position is marked in the position's cell and said under the
    // totals, so those two columns stay out of the way.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < VoteTableModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_model->nameColumn(), QHeaderView::Stretch);
    m_table->setColumnHidden(m_model->nameColumn() == VoteTableModel::EnglishName
                                 ? VoteTableModel::ChineseName
                                 : VoteTableModel::EnglishName,
                             true);
    m_table->setColumnHidden(VoteTableModel::Intended, true);
    header->moveSection(header->visualIndex(m_model->nameColumn()), 0); // the name first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subject->setWordWrap(true);
    m_totals->setWordWrap(true);
    m_intended->setObjectName(QStringLiteral("voteIntended"));
    m_intended->setWordWrap(true);
    m_intended->hide();
    m_plenary->setObjectName(QStringLiteral("plenaryChain"));
    m_plenary->setWordWrap(true);
    m_plenary->hide();

    m_filter->addItem(tr("All positions"), -1);
    for (VotePosition p :
         {VotePosition::Yes, VotePosition::No, VotePosition::Abstain, VotePosition::NonVoting})
        m_filter->addItem(VoteTableModel::positionLabel(p), static_cast<int>(p));

    m_chooser->setAccessibleName(tr("Recorded vote"));
    m_filter->setAccessibleName(tr("Show position"));
    m_table->setAccessibleName(tr("Positions of the member states"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser);
    layout->addWidget(m_subject);
    layout->addWidget(m_totals);
    layout->addWidget(m_intended);
    layout->addWidget(m_plenary);
    layout->addWidget(m_chart); // as tall as its bars need (votetotalschart.h)
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &VotePanel::showIndex);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &VotePanel::applyFilter);
    connect(m_chart, &VoteTotalsChart::voteChosen, m_chooser, &QComboBox::setCurrentIndex);
    connect(m_chain, &PlenaryChainLoader::loaded, this,
            [this](const QString &draft, const QList<Storage::RollCall> &rollCalls) {
                if (draft != m_model->vote().draftSymbol)
                    return; // another vote is on show
                QStringList lines;
                for (const Storage::RollCall &rc : rollCalls)
                    lines.append(plenaryChainLine(rc));
                m_plenary->setText(
                    lines.isEmpty() ? QString()
                                    : tr("In plenary: %1").arg(lines.join(QStringLiteral("; "))));
                m_plenary->setVisible(!lines.isEmpty());
                emit plenaryShown();
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit entityActivated(index.data(VoteTableModel::EntityCodeRole).toString());
    });
    connect(&m_session, &CorpusSession::changed, this, &VotePanel::sessionChanged);
}

VotePanel::~VotePanel() = default;

void VotePanel::sessionChanged(CorpusSession::Changes what)
{
    if (what.testFlag(CorpusSession::Change::Votes))
        setVotes(m_session.votes(), ReferenceData::EntityRegistry::builtIn().entities());
    else if (what.testFlag(CorpusSession::Change::VotingRecord))
        loadPlenaryChain(); // the committee votes stand; what came of them in plenary may not
}

void VotePanel::setVotes(const QList<Storage::VoteRecord> &votes, const QList<Entity> &entities)
{
    m_votes = votes;
    m_entities = entities;
    m_chart->setVotes(votes);
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const auto &v : votes)
        m_chooser->addItem(QStringLiteral("%1 %2 — %3").arg(v.document, v.label, v.subject));
    if (votes.isEmpty()) {
        m_model->clear();
        m_subject->setText(tr("No recorded votes in this corpus."));
        m_totals->clear();
        m_intended->hide();
        return;
    }
    m_chooser->setCurrentIndex(0);
    showIndex(0);
}

bool VotePanel::showVote(const QString &document, const QString &label)
{
    for (qsizetype i = 0; i < m_votes.size(); ++i) {
        if (m_votes[i].document == document && m_votes[i].label == label) {
            m_chooser->setCurrentIndex(static_cast<int>(i));
            showIndex(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void VotePanel::showIndex(int index)
{
    if (index < 0 || index >= m_votes.size())
        return;
    const Storage::VoteRecord &vote = m_votes[index];
    m_model->setVote(vote, m_entities);
    m_subject->setText(
        tr("%1, %2: %3").arg(vote.document, vote.label, vote.subject) +
        (vote.date.isValid()
             ? tr(" (%1, meeting %2)").arg(vote.date.toString(Qt::ISODate)).arg(vote.meeting)
             : QString()));
    m_totals->setText(totalsText());
    const QStringList intended = m_model->intendedPositions();
    m_intended->setText(intended.isEmpty()
                            ? QString()
                            : tr("† Meant to vote otherwise, as the delegation told the "
                                 "Secretariat afterwards: %1")
                                  .arg(intended.join(tr("; "))));
    m_intended->setVisible(!intended.isEmpty());
    m_plenary->clear();
    m_plenary->hide();
    loadPlenaryChain();
}

void VotePanel::loadPlenaryChain()
{
    const QString draft = m_model->vote().draftSymbol;
    if (m_session.isOpen() && !draft.isEmpty())
        m_chain->load(m_session.path(), draft);
}

QString VotePanel::intendedText() const
{
    return m_intended->text();
}

QString VotePanel::plenaryText() const
{
    return m_plenary->text();
}

QString VotePanel::totalsText() const
{
    const Storage::VoteRecord &vote = m_model->vote();
    const QString counted = tr("Counted: %1 in favour, %2 against, %3 abstaining, %4 not voting")
                                .arg(m_model->count(VotePosition::Yes))
                                .arg(m_model->count(VotePosition::No))
                                .arg(m_model->count(VotePosition::Abstain))
                                .arg(m_model->count(VotePosition::NonVoting));
    if (vote.statedYes < 0)
        return counted;
    return tr("Stated: %1 / %2 / %3")
               .arg(vote.statedYes)
               .arg(vote.statedNo)
               .arg(vote.statedAbstain) +
           QStringLiteral(" · ") + counted;
}

void VotePanel::applyFilter()
{
    const int position = m_filter->currentData().toInt();
    if (position < 0)
        m_proxy->setPositions({});
    else
        m_proxy->setPositions({static_cast<VotePosition>(position)});
}

} // namespace Rapporteur::Gui
