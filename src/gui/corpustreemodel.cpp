#include "corpustreemodel.h"

#include <QHash>

namespace Rapporteur::Gui {

using Storage::DocumentRecord;
using Storage::SubmissionRecord;

namespace {

QString documentName(const DocumentRecord &doc)
{
    return doc.title.isEmpty() ? doc.symbol : doc.symbol + QLatin1Char(' ') + doc.title;
}

QString submissionName(const SubmissionRecord &sub)
{
    return sub.entity ? sub.entity->nameZh : sub.heading;
}

QString submissionToolTip(const SubmissionRecord &sub)
{
    QStringList lines{sub.heading};
    if (sub.entity)
        lines << sub.entity->code + QLatin1Char(' ') + sub.entity->nameEn;
    else
        lines << CorpusTreeModel::tr("No state or organization recognized in this heading");
    if (!sub.group.isEmpty())
        lines << sub.group;
    if (sub.page > 0)
        lines << CorpusTreeModel::tr("%1, from page %2").arg(sub.document).arg(sub.page);
    return lines.join(QLatin1Char('\n'));
}

QString documentToolTip(const DocumentRecord &doc)
{
    QStringList lines{documentName(doc),
                      CorpusTreeModel::tr("%1 submissions, %2 paragraphs, %3 pages; language: %4")
                          .arg(doc.submissionCount)
                          .arg(doc.paragraphCount)
                          .arg(doc.pageCount)
                          .arg(doc.language),
                      doc.sourcePath};
    if (doc.symbolProvisional)
        lines << CorpusTreeModel::tr("The symbol was not found in the document: %1 is provisional")
                     .arg(doc.symbol);
    lines << doc.warnings;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CorpusTreeModel::CorpusTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

CorpusTreeModel::~CorpusTreeModel() = default;

void CorpusTreeModel::setCorpus(QList<DocumentRecord> documents,
                                QList<SubmissionRecord> submissions)
{
    beginResetModel();
    m_documents = std::move(documents);
    m_submissions = QList<QList<SubmissionRecord>>(m_documents.size());
    QHash<QString, qsizetype> rowOfSymbol;
    for (qsizetype row = 0; row < m_documents.size(); ++row)
        rowOfSymbol.insert(m_documents.at(row).symbol, row);
    for (SubmissionRecord &sub : submissions) {
        const auto found = rowOfSymbol.constFind(sub.document);
        if (found != rowOfSymbol.cend())
            m_submissions[*found].append(std::move(sub));
    }
    endResetModel();
}

void CorpusTreeModel::clear()
{
    setCorpus({}, {});
}

int CorpusTreeModel::submissionCount() const
{
    qsizetype count = 0;
    for (const auto &subs : m_submissions)
        count += subs.size();
    return static_cast<int>(count);
}

CorpusTreeModel::ItemKind CorpusTreeModel::kind(const QModelIndex &index) const
{
    return index.internalId() == 0 ? ItemKind::Document : ItemKind::Submission;
}

bool CorpusTreeModel::isOwnIndex(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index)); // an invalid index is fine; one of another model is a bug
    return index.isValid() && index.model() == this;
}

const DocumentRecord *CorpusTreeModel::document(const QModelIndex &index) const
{
    if (!isOwnIndex(index) || kind(index) != ItemKind::Document)
        return nullptr;
    return &m_documents.at(index.row());
}

const SubmissionRecord *CorpusTreeModel::submission(const QModelIndex &index) const
{
    if (!isOwnIndex(index) || kind(index) != ItemKind::Submission)
        return nullptr;
    return &m_submissions.at(static_cast<qsizetype>(index.internalId() - 1)).at(index.row());
}

const SubmissionRecord *CorpusTreeModel::submissionById(qint64 id) const
{
    const QModelIndex found = indexOfSubmission(id);
    return found.isValid() ? submission(found) : nullptr;
}

QModelIndex CorpusTreeModel::indexOfSubmission(qint64 id) const
{
    for (qsizetype doc = 0; doc < m_submissions.size(); ++doc) {
        const auto &subs = m_submissions.at(doc);
        for (qsizetype row = 0; row < subs.size(); ++row) {
            if (subs.at(row).id == id)
                return createIndex(static_cast<int>(row), 0, static_cast<quintptr>(doc + 1));
        }
    }
    return {};
}

QModelIndex CorpusTreeModel::indexOfEntity(const QString &entityCode) const
{
    for (qsizetype doc = 0; doc < m_submissions.size(); ++doc) {
        const auto &subs = m_submissions.at(doc);
        for (qsizetype row = 0; row < subs.size(); ++row) {
            const auto &entity = subs.at(row).entity;
            if (entity && entity->code.compare(entityCode, Qt::CaseInsensitive) == 0)
                return createIndex(static_cast<int>(row), 0, static_cast<quintptr>(doc + 1));
        }
    }
    return {};
}

QModelIndex CorpusTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex CorpusTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int CorpusTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_documents.size());
    if (parent.column() != 0 || kind(parent) != ItemKind::Document)
        return 0;
    return static_cast<int>(m_submissions.at(parent.row()).size());
}

int CorpusTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CorpusTreeModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnIndex(index))
        return {};
    if (role == KindRole)
        return static_cast<int>(kind(index));
    if (const DocumentRecord *doc = document(index))
        return documentData(*doc, index.column(), role);
    return submissionData(*submission(index), index.column(), role);
}

QVariant CorpusTreeModel::documentData(const DocumentRecord &doc, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return documentName(doc);
        case LanguagesColumn:
            return doc.language;
        case ParagraphsColumn:
            return doc.paragraphCount;
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NameColumn:
            return doc.symbol;
        case LanguagesColumn:
            return doc.language;
        case ParagraphsColumn:
            return doc.paragraphCount;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return documentToolTip(doc);
    case Qt::TextAlignmentRole:
        if (column == ParagraphsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return doc.id;
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
            return submissionName(sub);
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
        return submissionToolTip(sub);
    case Qt::TextAlignmentRole:
        if (column == ParagraphsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return sub.id;
    case EntityCodeRole:
        return sub.entity ? sub.entity->code : QString();
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
    if (!isOwnIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kind(index) == ItemKind::Submission)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

} // namespace Rapporteur::Gui
