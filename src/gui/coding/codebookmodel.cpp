#include "codebookmodel.h"

#include "gui/reader/codingmark.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QPixmap>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {

QPixmap swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return pixmap;
}

} // namespace

CodebookModel::CodebookModel(QObject *parent) : QAbstractItemModel(parent) {}

CodebookModel::~CodebookModel() = default;

void CodebookModel::setCodes(const QList<Storage::CodeRecord> &codes)
{
    beginResetModel();
    m_codes = codes;
    m_parentOf.clear();
    m_childrenOf.clear();
    m_positionOf.clear();
    m_totals.clear();
    for (int i = 0; i < m_codes.size(); ++i)
        m_positionOf.insert(m_codes[i].id, i);
    for (int i = 0; i < m_codes.size(); ++i) {
        const auto &parentId = m_codes[i].parentId;
        const int parent = parentId ? m_positionOf.value(*parentId, -1) : -1;
        m_parentOf.append(parent);
        m_childrenOf[parent].append(i);
    }
    // Children come after their parents: adding up from the end gives each code its subtree.
    for (int i = static_cast<int>(m_codes.size()) - 1; i >= 0; --i) {
        m_totals[m_codes[i].id] += m_codes[i].codingCount;
        if (m_parentOf[i] >= 0)
            m_totals[m_codes[m_parentOf[i]].id] += m_totals[m_codes[i].id];
    }
    endResetModel();
}

QModelIndex CodebookModel::indexOfCode(qint64 codeId) const
{
    const int position = m_positionOf.value(codeId, -1);
    if (position < 0)
        return {};
    const int row = static_cast<int>(m_childrenOf.value(m_parentOf[position]).indexOf(position));
    return createIndex(row, NameColumn, quintptr(position));
}

const Storage::CodeRecord *CodebookModel::code(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_codes[static_cast<int>(index.internalId())];
}

int CodebookModel::totalCodings(qint64 codeId) const
{
    return m_totals.value(codeId);
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentPosition = parent.isValid() ? static_cast<int>(parent.internalId()) : -1;
    return createIndex(row, column, quintptr(m_childrenOf.value(parentPosition).at(row)));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parentOf.value(static_cast<int>(child.internalId()), -1);
    if (parent < 0)
        return {};
    const int row = static_cast<int>(m_childrenOf.value(m_parentOf[parent]).indexOf(parent));
    return createIndex(row, NameColumn, quintptr(parent));
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    const int position = parent.isValid() ? static_cast<int>(parent.internalId()) : -1;
    return static_cast<int>(m_childrenOf.value(position).size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    const Storage::CodeRecord *c = code(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(c->name) : QVariant(c->codingCount);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(swatch(codeColour(*c))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == CodingsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    case Qt::ToolTipRole: {
        QString tip = c->path;
        if (!c->description.isEmpty())
            tip += QLatin1Char('\n') + c->description;
        tip += QLatin1Char('\n') + tr("%n coding(s) with this code", nullptr, c->codingCount);
        if (totalCodings(c->id) != c->codingCount)
            tip += QLatin1Char('\n') + tr("%n with its sub-codes", nullptr, totalCodings(c->id));
        return tip;
    }
    case CodeIdRole:
        return c->id;
    case PathRole:
        return c->path;
    case TotalCodingsRole:
        return totalCodings(c->id);
    default:
        return {};
    }
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Code");
    case CodingsColumn:
        return tr("Codings");
    default:
        return {};
    }
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // onto empty space: the top level
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList CodebookModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        if (const auto *c = code(index); c && !ids.contains(c->id))
            ids << c->id;
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *data = new QMimeData;
    data->setData(QLatin1String(kMimeType), bytes);
    return data;
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QList<qint64> CodebookModel::droppedIds(const QMimeData *data) const
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QLatin1String(kMimeType)))
        return ids;
    QDataStream in(data->data(QLatin1String(kMimeType)));
    in >> ids;
    return ids;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const QList<qint64> ids = droppedIds(data);
    if (ids.isEmpty())
        return false;
    // Not onto itself or one of its descendants.
    for (const Storage::CodeRecord *target = code(parent); target;
         target = target->parentId ? &m_codes[m_positionOf.value(*target->parentId)] : nullptr) {
        if (ids.contains(target->id))
            return false;
        if (target->parentId && !m_positionOf.contains(*target->parentId))
            break;
    }
    return true;
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Storage::CodeRecord *target = code(parent);
    const std::optional<qint64> parentId = target ? std::optional(target->id) : std::nullopt;
    for (const qint64 id : droppedIds(data)) {
        const int position = m_positionOf.value(id, -1);
        if (position >= 0 && m_codes[position].parentId != parentId)
            emit moveRequested(id, parentId);
    }
    return true;
}

} // namespace Rapporteur::Gui
