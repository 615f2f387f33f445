#include "searchpanel.h"

#include "gui/common/backgroundread.h"
#include "gui/common/reusableconnection.h"
#include "gui/settings/translation.h"
#include "gui/votes/votetablemodel.h"
#include "searchresultmodel.h"
#include "snippetdelegate.h"

#include "referencedata/entityregistry.h"
#include "search/search.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {

using Hits = QList<Search::SearchHit>;

// The position filter's choices after "any position", in this order.
constexpr VotePosition kPositions[] = {VotePosition::Yes, VotePosition::No, VotePosition::Abstain,
                                       VotePosition::NonVoting};

QComboBox *filterBox(QWidget *parent, const QString &objectName, const QString &accessibleName,
                     const QString &anyText)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(6);
    box->addItem(anyText, QString());
    return box;
}

// Keeps the first item ("any") and replaces the rest, keeping the choice when it is still there.
void refill(QComboBox *box, const QList<std::pair<QString, QString>> &items)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker blocker(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    const int again = box->findData(chosen);
    box->setCurrentIndex(again < 0 ? 0 : again);
}

} // namespace

SearchPanel::SearchPanel(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_query(new QLineEdit(this)),
      m_document(
          filterBox(this, QStringLiteral("searchDocument"), tr("Document"), tr("All documents"))),
      m_entity(filterBox(this, QStringLiteral("searchEntity"), tr("State"), tr("All states"))),
      m_vote(filterBox(this, QStringLiteral("searchVote"), tr("Vote"), tr("Any vote"))),
      m_position(filterBox(this, QStringLiteral("searchPosition"), tr("Position on the vote"),
                           tr("Any position"))),
      m_section(
          filterBox(this, QStringLiteral("searchSection"), tr("Section"), tr("All sections"))),
      m_language(
          filterBox(this, QStringLiteral("searchLanguage"), tr("Language"), tr("All languages"))),
      m_status(new QLabel(this)), m_view(new QListView(this)), m_model(new SearchResultModel(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setAccessibleName(tr("Search query"));
    m_query->setPlaceholderText(tr("Search: 出口管制, \"export controls\", MTCR OR NSG, MT*"));
    m_query->setClearButtonEnabled(true);
    for (const VotePosition position : kPositions)
        m_position->addItem(VoteTableModel::positionLabel(position), votePositionName(position));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SnippetDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAlternatingRowColors(true);

    auto *filters = new QFormLayout;
    filters->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    filters->addRow(tr("Document"), m_document);
    filters->addRow(tr("State"), m_entity);
    auto *voteRow = new QHBoxLayout;
    voteRow->addWidget(m_vote, 1);
    voteRow->addWidget(m_position, 1);
    filters->addRow(tr("Vote"), voteRow);
    filters->addRow(tr("Section"), m_section);
    filters->addRow(tr("Language"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    // Searching as one types, once typing pauses.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    for (QComboBox *box : {m_document, m_entity, m_vote, m_position, m_section, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchPanel::runSearch);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit paragraphActivated(index.data(SearchResultModel::DocumentRole).toString(),
                                index.data(SearchResultModel::SubmissionIdRole).toLongLong(),
                                index.data(SearchResultModel::ParagraphIdRole).toLongLong(),
                                index.data(SearchResultModel::MarkRole).toPoint());
    });
    connect(&m_session, &CorpusSession::changed, this, &SearchPanel::sessionChanged);
}

SearchPanel::~SearchPanel()
{
    waitForBackgroundWork(this);
}

void SearchPanel::sessionChanged(CorpusSession::Changes what)
{
    if (what.testFlag(CorpusSession::Change::Votes))
        setVotes(m_session.votes());
    if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents))
        setCorpus(m_session.documents(), m_session.submissions());
    if (!what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents |
                           CorpusSession::Change::Connections))
        return;
    // A new connection even for the same file: another program may have replaced it.
    m_connection = std::make_shared<ReusableConnection>();
    if (what.testFlag(CorpusSession::Change::Database)) {
        m_model->clear();
        m_status->clear();
    }
}

void SearchPanel::setCorpus(const QList<Storage::DocumentRecord> &documents,
                            const QList<Storage::SubmissionRecord> &submissions)
{
    QList<std::pair<QString, QString>> docs;
    QList<std::pair<QString, QString>> languages;
    for (const auto &document : documents) {
        docs.append({document.symbol, document.symbol});
        const bool listed = std::any_of(languages.cbegin(), languages.cend(), [&](const auto &l) {
            return l.second == document.language;
        });
        if (!document.language.isEmpty() && !listed)
            languages.append({languageLabel(document.language), document.language});
    }
    refill(m_document, docs);
    refill(m_language, languages);

    QList<std::pair<QString, QString>> entities;
    QStringList sections;
    m_entityNames.clear();
    for (const auto &submission : submissions) {
        if (submission.entity && !m_entityNames.contains(submission.entity->code)) {
            m_entityNames.insert(submission.entity->code, submission.entity->nameZh);
            entities.append({submission.entity->nameZh + QLatin1Char(' ') + submission.entity->code,
                             submission.entity->code});
        }
        if (!submission.section.isEmpty() && !sections.contains(submission.section))
            sections << submission.section;
    }
    refill(m_entity, entities);
    QList<std::pair<QString, QString>> sectionItems;
    for (const QString &section : std::as_const(sections))
        sectionItems.append({section, section});
    refill(m_section, sectionItems);
}

void SearchPanel::setVotes(const QList<Storage::VoteRecord> &votes)
{
    QList<std::pair<QString, QString>> items;
    for (const auto &vote : votes)
        items.append({vote.document + QLatin1Char(' ') + vote.label,
                      vote.document + QLatin1Char(':') + vote.label});
    refill(m_vote, items);
}

void SearchPanel::selectData(QComboBox *combo, const QString &value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void SearchPanel::setFilters(const QString &document, const QString &entity,
                             const QString &voteLabel, const QString &position,
                             const QString &section)
{
    for (QComboBox *box : {m_document, m_entity, m_vote, m_position, m_section})
        box->blockSignals(true);
    selectData(m_document, document);
    selectData(m_entity, entity);
    selectData(m_vote, voteLabel);
    selectData(m_position, position);
    selectData(m_section, section);
    for (QComboBox *box : {m_document, m_entity, m_vote, m_position, m_section})
        box->blockSignals(false);
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::runSearch()
{
    m_debounce->stop();
    const QString query = m_query->text();
    if (query.trimmed().isEmpty() || m_session.path().isEmpty()) {
        m_read.drop();
        m_model->clear();
        m_status->clear();
        emit searchFinished(0);
        return;
    }
    Search::SearchFilters filters;
    filters.document = m_document->currentData().toString();
    filters.entity = m_entity->currentData().toString();
    filters.section = m_section->currentData().toString();
    filters.language = m_language->currentData().toString();
    const QString vote = m_vote->currentData().toString();
    if (!vote.isEmpty() && m_position->currentIndex() > 0)
        filters.vote = Search::VoteFilter{kPositions[m_position->currentIndex() - 1], vote};
    m_status->setText(tr("Searching…"));
    const QString path = m_session.path();
    m_read.run(
        [connection = m_connection, path, query, filters] {
            return connection->read<Hits>(path, [&](Storage::Database &db) {
                return Search::search(db, query, filters,
                                      ReferenceData::EntityRegistry::builtIn().entities(), 500);
            });
        },
        [this](const BackgroundResult<Hits> &read) {
            if (!read.error.isEmpty()) {
                m_model->clear();
                m_status->setText(read.error);
                emit searchFinished(0);
                return;
            }
            m_model->setHits(read.value, m_entityNames);
            const auto count = static_cast<int>(read.value.size());
            m_status->setText(count == 0 ? tr("No results.")
                                         : tr("%n paragraph(s), best first", nullptr, count));
            emit searchFinished(count);
        });
}

} // namespace Rapporteur::Gui
