#include "codingsegmentmodel.h"

#include "referencedata/entityregistry.h"

#include <QColor>

namespace Rapporteur::Gui {

namespace {

std::optional<Entity> entityOf(const Storage::CodingRecord &c)
{
    if (c.entityCode.isEmpty())
        return std::nullopt;
    return ReferenceData::EntityRegistry::builtIn().byCode(c.entityCode);
}

} // namespace

CodingSegmentModel::CodingSegmentModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

CodingSegmentModel::~CodingSegmentModel() = default;

void CodingSegmentModel::setCodings(const QList<Storage::CodingRecord> &codings)
{
    beginResetModel();
    m_codings = codings;
    endResetModel();
}

int CodingSegmentModel::recordCount() const
{
    return static_cast<int>(m_codings.size());
}

QVariant CodingSegmentModel::display(const Storage::CodingRecord &c, int column) const
{
    switch (column) {
    case Quote:
        return c.anchor.quote;
    case Code:
        return c.codePath;
    case StateZh:
        if (const auto e = entityOf(c))
            return e->nameZh;
        return c.entityCode;
    case StateEn:
        if (const auto e = entityOf(c))
            return e->nameEn;
        return c.entityCode;
    case Document:
        return c.anchor.documentSymbol;
    case Page:
        return c.anchor.orphaned || c.page <= 0 ? QVariant() : QVariant(c.page);
    case Coder:
        return c.coder;
    case Memo:
        return c.memo;
    default:
        return {};
    }
}

QVariant CodingSegmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Storage::CodingRecord &c = m_codings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case SortRole:
        if (index.column() == Page)
            return c.page;
        return display(c, index.column());
    case Qt::ToolTipRole:
        if (c.anchor.orphaned)
            return tr("Orphaned: this text is no longer in the document.\n%1").arg(c.anchor.quote);
        if (index.column() == Memo && !c.memo.isEmpty())
            return c.memo;
        // The quote in its context, as the coding kept it.
        return tr("…%1【%2】%3…\nDouble-click to read the paragraph")
            .arg(c.anchor.leftContext, c.anchor.quote, c.anchor.rightContext);
    case Qt::ForegroundRole:
        return c.anchor.orphaned ? QVariant(QColor(Qt::gray)) : QVariant();
    case CodingIdRole:
        return c.id;
    case ParagraphIdRole:
        return c.anchor.orphaned ? qint64(0) : c.anchor.paragraphId;
    case EntityCodeRole:
        return c.entityCode;
    default:
        return {};
    }
}

QString CodingSegmentModel::columnTitle(int column) const
{
    switch (column) {
    case Quote:
        return tr("Segment");
    case Code:
        return tr("Code");
    case StateZh:
        return tr("State");
    case StateEn:
        return tr("State (English)");
    case Document:
        return tr("Document");
    case Page:
        return tr("Page");
    case Coder:
        return tr("Coder");
    case Memo:
        return tr("Memo");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
