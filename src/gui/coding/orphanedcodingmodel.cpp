#include "orphanedcodingmodel.h"

#include "coding/anchoring.h"

namespace Rapporteur::Gui {

OrphanedCodingModel::OrphanedCodingModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

OrphanedCodingModel::~OrphanedCodingModel() = default;

void OrphanedCodingModel::setOrphans(const QList<Storage::CodingRecord> &orphans)
{
    beginResetModel();
    m_orphans = orphans;
    endResetModel();
}

const Storage::CodingRecord *OrphanedCodingModel::coding(int row) const
{
    return row >= 0 && row < m_orphans.size() ? &m_orphans[row] : nullptr;
}

QString OrphanedCodingModel::quoteInContext(const Storage::CodingRecord &coding)
{
    // A context as long as is ever kept was probably cut from a longer text.
    const auto cut = [](const QString &context) {
        return Coding::codePointLength(context) >= Coding::kContextLength ? QStringLiteral("…")
                                                                          : QString();
    };
    const auto &a = coding.anchor;
    return QStringLiteral("%1%2【%3】%4%5")
        .arg(cut(a.leftContext), a.leftContext, a.quote, a.rightContext, cut(a.rightContext));
}

int OrphanedCodingModel::recordCount() const
{
    return static_cast<int>(m_orphans.size());
}

QVariant OrphanedCodingModel::data(const QModelIndex &index, int role) const
{
    const Storage::CodingRecord *c = index.isValid() ? coding(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == CodingIdRole)
        return c->id;
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Its text is no longer in %1 since a new import of the document; the "
                         "coding is kept, and comes back to its place if the text does.")
                          .arg(c->anchor.documentSymbol);
        tip += QLatin1Char('\n') + tr("Coded by %1 at %2").arg(c->coder, c->createdAt);
        if (!c->memo.isEmpty())
            tip += QLatin1Char('\n') + tr("Memo: %1").arg(c->memo);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case QuoteColumn:
        return quoteInContext(*c);
    case CodeColumn:
        return c->codePath;
    case DocumentColumn:
        return c->anchor.documentSymbol;
    case CoderColumn:
        return c->coder;
    default:
        return {};
    }
}

QString OrphanedCodingModel::columnTitle(int column) const
{
    switch (column) {
    case QuoteColumn:
        return tr("Quote");
    case CodeColumn:
        return tr("Code");
    case DocumentColumn:
        return tr("Document");
    case CoderColumn:
        return tr("Coder");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
