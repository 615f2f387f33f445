#include "corpustreemodel.h"

#include "corpusfilterkeys.h"
#include "corpustreetexts.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Rapporteur::Gui {

using Storage::DocumentRecord;
using Storage::SubmissionRecord;
using Storage::VoteRecord;

// One item of the tree. `record` indexes m_documents, m_submissions or m_votes by kind; a section
// has none and carries its label.
struct CorpusTreeModel::Node
{
    ItemKind kind = ItemKind::Document;
    qsizetype record = -1;
    QString label; // a section's heading
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(ItemKind childKind, qsizetype childRecord, const QString &childLabel = {})
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->record = childRecord;
        child->label = childLabel;
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

QVariant alignedCount(int column)
{
    if (column == CorpusTreeModel::ParagraphsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace

CorpusTreeModel::CorpusTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

CorpusTreeModel::~CorpusTreeModel() = default;

void CorpusTreeModel::setCorpus(QList<DocumentRecord> documents,
                                QList<SubmissionRecord> submissions)
{
    beginResetModel();
    m_documents = std::move(documents);
    m_submissions = std::move(submissions);
    m_votes.clear(); // they may be another database's; setVotes() brings this one's
    // Gathering (and transliterating) every name once here keeps the filter from doing it on
    // each keystroke.
    m_submissionKeys.clear();
    for (const SubmissionRecord &sub : std::as_const(m_submissions))
        m_submissionKeys << CorpusFilterKeys::ofSubmission(sub);
    m_voteKeys.clear();
    rebuild();
    endResetModel();
}

void CorpusTreeModel::setVotes(QList<VoteRecord> votes)
{
    // Votes arrive after the corpus. Rows are removed and inserted rather than reset, so that
    // the selection and the expanded state of the view survive.
    for (const auto &document : m_root->children) {
        auto &children = document->children;
        const auto firstVote =
            std::find_if(children.begin(), children.end(),
                         [](const auto &child) { return child->kind == ItemKind::Vote; });
        if (firstVote == children.end())
            continue;
        const int first = static_cast<int>(firstVote - children.begin());
        beginRemoveRows(indexOfNode(document.get()), first, static_cast<int>(children.size()) - 1);
        children.erase(firstVote, children.end());
        endRemoveRows();
    }
    m_voteNodes.clear();
    m_votes = std::move(votes);
    m_voteKeys.clear();
    for (const VoteRecord &vote : std::as_const(m_votes))
        m_voteKeys << CorpusFilterKeys::ofVote(vote);
    // A document's votes are its primary version's (storage/documentversions.h), the first of
    // its versions in the list: they go under that one only.
    QSet<QString> seen;
    for (const auto &document : m_root->children) {
        const QString &symbol = m_documents.at(document->record).symbol;
        if (seen.contains(symbol))
            continue;
        seen.insert(symbol);
        QList<qsizetype> records;
        for (qsizetype i = 0; i < m_votes.size(); ++i) {
            if (m_votes.at(i).document == symbol)
                records << i;
        }
        if (records.isEmpty())
            continue;
        const int first = static_cast<int>(document->children.size());
        beginInsertRows(indexOfNode(document.get()), first,
                        first + static_cast<int>(records.size()) - 1);
        for (const qsizetype record : records)
            m_voteNodes.insert(m_votes.at(record).id, document->add(ItemKind::Vote, record));
        endInsertRows();
    }
}

void CorpusTreeModel::clear()
{
    beginResetModel();
    m_documents.clear();
    m_submissions.clear();
    m_votes.clear();
    m_submissionKeys.clear();
    m_voteKeys.clear();
    rebuild();
    endResetModel();
}

void CorpusTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_submissionNodes.clear();
    m_voteNodes.clear();
    // Each language version of a document is a node of its own; its votes are the primary
    // version's, the first in the list (storage/documentversions.h).
    QHash<std::pair<QString, QString>, Node *> nodeOfVersion;
    QHash<QString, Node *> nodeOfSymbol;
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        const DocumentRecord &doc = m_documents.at(i);
        Node *node = m_root->add(ItemKind::Document, i);
        nodeOfVersion.insert({doc.symbol, doc.language}, node);
        if (!nodeOfSymbol.contains(doc.symbol))
            nodeOfSymbol.insert(doc.symbol, node);
    }

    QHash<std::pair<Node *, QString>, Node *> sectionNodes;
    for (qsizetype i = 0; i < m_submissions.size(); ++i) {
        const SubmissionRecord &sub = m_submissions.at(i);
        Node *document = nodeOfVersion.value({sub.document, sub.documentLanguage});
        if (!document)
            continue;
        Node *parent = document;
        if (const QString label = CorpusTreeTexts::sectionLabel(sub); !label.isEmpty()) {
            Node *&section = sectionNodes[{document, label}];
            if (!section)
                section = document->add(ItemKind::Section, -1, label);
            parent = section;
        }
        m_submissionNodes.insert(sub.id, parent->add(ItemKind::Submission, i));
    }
    for (qsizetype i = 0; i < m_votes.size(); ++i) {
        if (Node *document = nodeOfSymbol.value(m_votes.at(i).document))
            m_voteNodes.insert(m_votes.at(i).id, document->add(ItemKind::Vote, i));
    }
}

const CorpusTreeModel::Node *CorpusTreeModel::nodeOf(const QModelIndex &index) const
{
    // An invalid index is fine; one of another model is a bug. (Not checkIndex(): it asks for
    // the parent, which asks for the node.)
    Q_ASSERT(!index.isValid() || index.model() == this);
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const Node *>(index.internalPointer());
}

QModelIndex CorpusTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

CorpusTreeModel::ItemKind CorpusTreeModel::kind(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->kind : ItemKind::Document;
}

const DocumentRecord *CorpusTreeModel::document(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == ItemKind::Document ? &m_documents.at(node->record) : nullptr;
}

const SubmissionRecord *CorpusTreeModel::submission(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == ItemKind::Submission ? &m_submissions.at(node->record) : nullptr;
}

const VoteRecord *CorpusTreeModel::vote(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == ItemKind::Vote ? &m_votes.at(node->record) : nullptr;
}

const SubmissionRecord *CorpusTreeModel::submissionById(qint64 id) const
{
    const Node *node = m_submissionNodes.value(id);
    return node ? &m_submissions.at(node->record) : nullptr;
}

QModelIndex CorpusTreeModel::indexOfDocument(const QString &symbol, const QString &language) const
{
    for (const auto &child : m_root->children) {
        const DocumentRecord &doc = m_documents.at(child->record);
        if (doc.symbol == symbol && (language.isEmpty() || doc.language == language))
            return indexOfNode(child.get());
    }
    return {};
}

QModelIndex CorpusTreeModel::indexOfSubmission(qint64 id) const
{
    return indexOfNode(m_submissionNodes.value(id));
}

QModelIndex CorpusTreeModel::indexOfEntity(const QString &entityCode) const
{
    for (const SubmissionRecord &sub : m_submissions) {
        if (sub.entity && sub.entity->code.compare(entityCode, Qt::CaseInsensitive) == 0)
            return indexOfSubmission(sub.id);
    }
    return {};
}

QModelIndex CorpusTreeModel::indexOfVote(qint64 id) const
{
    return indexOfNode(m_voteNodes.value(id));
}

QModelIndex CorpusTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = parent.isValid() ? nodeOf(parent) : m_root.get();
    return createIndex(row, column, parentNode->children.at(static_cast<size_t>(row)).get());
}

QModelIndex CorpusTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOfNode(node->parent) : QModelIndex();
}

int CorpusTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_root->children.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int CorpusTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CorpusTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    if (role == KindRole)
        return static_cast<int>(node->kind);
    switch (node->kind) {
    case ItemKind::Document:
        return documentData(m_documents.at(node->record), index.column(), role);
    case ItemKind::Section:
        return sectionData(*node, index.column(), role);
    case ItemKind::Submission:
        if (role == FilterKeysRole)
            return m_submissionKeys.at(node->record);
        return submissionData(m_submissions.at(node->record), index.column(), role);
    case ItemKind::Vote:
        if (role == FilterKeysRole)
            return m_voteKeys.at(node->record);
        return voteData(m_votes.at(node->record), index.column(), role);
    }
    return {};
}

QVariant CorpusTreeModel::documentData(const DocumentRecord &doc, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return role == SortRole ? doc.symbol : CorpusTreeTexts::documentName(doc);
        case LanguagesColumn:
            return doc.language;
        case DateColumn:
            if (role == SortRole)
                return doc.date;
            return doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QString();
        case ParagraphsColumn:
            return doc.paragraphCount;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return CorpusTreeTexts::documentToolTip(doc);
    case Qt::TextAlignmentRole:
        return alignedCount(column);
    case IdRole:
        return doc.id;
    case FilterKeysRole:
        return CorpusFilterKeys::ofDocument(doc);
    default:
        return {};
    }
}

QVariant CorpusTreeModel::sectionData(const Node &node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (column == NameColumn)
            return node.label;
        if (column == ParagraphsColumn && role == SortRole)
            return static_cast<int>(node.children.size());
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %n submission(s)", nullptr, static_cast<int>(node.children.size()))
            .arg(node.label);
    case FilterKeysRole:
        return node.label.toLower();
    default:
        return {};
    }
}

QVariant CorpusTreeModel::submissionData(const SubmissionRecord &sub, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return CorpusTreeTexts::submissionName(sub);
        case EnglishNameColumn:
            return sub.entity ? sub.entity->nameEn : QString();
        case LanguagesColumn:
            return sub.languages.join(QStringLiteral(", "));
        case DateColumn:
            if (role == SortRole)
                return sub.date;
            return sub.date.isValid() ? sub.date.toString(Qt::ISODate) : QString();
        case ParagraphsColumn:
            return sub.paragraphCount;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return CorpusTreeTexts::submissionToolTip(sub);
    case Qt::TextAlignmentRole:
        return alignedCount(column);
    case IdRole:
        return sub.id;
    case EntityCodeRole:
        return sub.entity ? sub.entity->code : QString();
    default:
        return {};
    }
}

QVariant CorpusTreeModel::voteData(const VoteRecord &vote, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return role == SortRole ? QVariant(vote.ordinal)
                                    : QVariant(CorpusTreeTexts::voteName(vote));
        case EnglishNameColumn:
            return CorpusTreeTexts::voteTotals(vote);
        case DateColumn:
            if (role == SortRole)
                return vote.date;
            return vote.date.isValid() ? vote.date.toString(Qt::ISODate) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return CorpusTreeTexts::voteToolTip(vote);
    case IdRole:
        return vote.id;
    default:
        return {};
    }
}

QVariant CorpusTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EnglishNameColumn:
        return tr("English name");
    case LanguagesColumn:
        return tr("Original");
    case DateColumn:
        return tr("Date");
    case ParagraphsColumn:
        return tr("Paragraphs");
    default:
        return {};
    }
}

Qt::ItemFlags CorpusTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == ItemKind::Submission || node->kind == ItemKind::Vote)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

} // namespace Rapporteur::Gui
