#include "corpuspanel.h"

#include "corpusproxymodel.h"
#include "corpustreemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Rapporteur::Gui {

CorpusPanel::CorpusPanel(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CorpusTreeModel(this)),
      m_proxy(new CorpusProxyModel(this)), m_filter(new QLineEdit(this)),
      m_view(new QTreeView(this)), m_noMatch(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("corpusFilter"));
    m_filter->setAccessibleName(tr("Filter the corpus"));
    m_filter->setPlaceholderText(tr("Filter: Chinese or English name, code, pinyin"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        spanAndExpand({});
        updateNoMatch();
    });
    // An empty tree says why, rather than look like an empty corpus.
    m_noMatch->setObjectName(QStringLiteral("corpusNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noMatch->hide();

    m_view->setObjectName(QStringLiteral("corpusTree"));
    m_view->setAccessibleName(tr("Documents and submissions"));
    m_view->setAccessibleDescription(
        tr("Each document with its sections, the submissions it compiles and its recorded votes; "
           "select one to read it"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CorpusTreeModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(CorpusTreeModel::EnglishNameColumn, QHeaderView::Stretch);
    for (int column : {CorpusTreeModel::LanguagesColumn, CorpusTreeModel::DateColumn,
                       CorpusTreeModel::ParagraphsColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_view);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CorpusPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CorpusPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CorpusPanel::onModelReset);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CorpusPanel::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CorpusPanel::updateNoMatch);
    connect(&m_session, &CorpusSession::changed, this, &CorpusPanel::sessionChanged);
}

CorpusPanel::~CorpusPanel() = default;

void CorpusPanel::sessionChanged(CorpusSession::Changes what)
{
    if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents))
        m_model->setCorpus(m_session.documents(), m_session.submissions());
    if (what.testFlag(CorpusSession::Change::Votes))
        m_model->setVotes(m_session.votes());
}

bool CorpusPanel::selectSubmission(qint64 submissionId)
{
    return selectSource(m_model->indexOfSubmission(submissionId));
}

bool CorpusPanel::selectVote(qint64 voteId)
{
    return selectSource(m_model->indexOfVote(voteId));
}

bool CorpusPanel::selectDocument(const QString &symbol)
{
    return selectSource(m_model->indexOfDocument(symbol));
}

bool CorpusPanel::selectSource(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid()) { // filtered out: show everything again
        m_filter->clear();
        index = m_proxy->mapFromSource(sourceIndex);
    }
    for (QModelIndex above = index.parent(); above.isValid(); above = above.parent())
        m_view->expand(above);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

qint64 CorpusPanel::currentSubmissionId() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const auto *submission = m_model->submission(current.siblingAtColumn(0));
    return submission ? submission->id : 0;
}

void CorpusPanel::setSortingEnabled(bool enabled)
{
    m_view->setSortingEnabled(enabled);
    if (enabled)
        m_view->sortByColumn(CorpusTreeModel::NameColumn, Qt::AscendingOrder);
    else
        m_proxy->sort(-1); // back to the source order
}

bool CorpusPanel::isSortingEnabled() const
{
    return m_view->isSortingEnabled();
}

QByteArray CorpusPanel::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void CorpusPanel::restoreHeaderState(const QByteArray &state)
{
    // The header also remembers a sort indicator; sorting itself stays off until asked for.
    m_view->header()->restoreState(state);
    m_view->header()->setSortIndicatorShown(m_view->isSortingEnabled());
}

void CorpusPanel::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current).siblingAtColumn(0);
    if (const auto *submission = m_model->submission(source))
        emit submissionActivated(submission->id);
    else if (const auto *document = m_model->document(source))
        emit documentActivated(document->id);
    else if (const auto *vote = m_model->vote(source))
        emit voteActivated(vote->id);
    else
        emit nothingActivated();
}

bool CorpusPanel::hasOtherVersion(const QString &symbol) const
{
    const auto &documents = m_model->documents();
    return std::count_if(documents.cbegin(), documents.cend(),
                         [&](const auto &d) { return d.symbol == symbol; }) > 1;
}

void CorpusPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex source = m_proxy->mapToSource(m_view->indexAt(pos)).siblingAtColumn(0);
    QMenu menu(this);
    if (const auto *document = m_model->document(source)) {
        const QString symbol = document->symbol;
        if (hasOtherVersion(symbol))
            menu.addAction(tr("Read Beside Its Other Version"), this,
                           [this, symbol] { emit versionsRequested(symbol, 0); });
        menu.addAction(tr("Rename Document…"), this,
                       [this, symbol] { emit renameRequested(symbol); });
    }
    if (const auto *submission = m_model->submission(source)) {
        if (submission->entity) {
            const QString code = submission->entity->code;
            menu.addAction(tr("Profile of %1").arg(submission->entity->nameZh), this,
                           [this, code] { emit profileRequested(code); });
            menu.addAction(tr("Compare Side by Side"), this,
                           [this, code] { emit compareRequested(code); });
        }
        if (hasOtherVersion(submission->document)) {
            const QString symbol = submission->document;
            const qint64 id = submission->id;
            menu.addAction(tr("Read Beside Its Other Version"), this,
                           [this, symbol, id] { emit versionsRequested(symbol, id); });
        }
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void CorpusPanel::onModelReset()
{
    spanAndExpand({});
    m_view->resizeColumnToContents(CorpusTreeModel::NameColumn);
    updateNoMatch();
}

QString CorpusPanel::noMatchText() const
{
    return m_noMatch->text();
}

void CorpusPanel::updateNoMatch()
{
    const QString query = m_filter->text().trimmed();
    const bool none = !query.isEmpty() && m_proxy->rowCount() == 0;
    m_noMatch->setText(
        none ? tr("No document, submission or vote of this corpus matches “%1”.").arg(query)
             : QString());
    m_noMatch->setVisible(none);
}

void CorpusPanel::spanAndExpand(const QModelIndex &parent)
{
    // A document's symbol and title and a section's headings run across the row; a document's
    // numbers are in its tooltip.
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        const auto kind =
            static_cast<CorpusTreeModel::ItemKind>(index.data(CorpusTreeModel::KindRole).toInt());
        if (kind == CorpusTreeModel::ItemKind::Document ||
            kind == CorpusTreeModel::ItemKind::Section) {
            m_view->setFirstColumnSpanned(row, parent, true);
            spanAndExpand(index);
        }
    }
    // A corpus has a handful of documents: show every submission at once.
    if (!parent.isValid())
        m_view->expandAll();
}

} // namespace Rapporteur::Gui
