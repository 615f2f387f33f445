#pragma once

#include "gui/common/columntablemodel.h"
#include "storage/codingrecords.h"

#include <QList>

namespace Rapporteur::Gui {

// The codings whose text a re-import took away: kept, never deleted, and listed so that the
// researcher sees them. Each row: the quote in its kept context, its code, its document and its
// coder; the tooltip adds the time and memo.
class OrphanedCodingModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanedCodingModel)

public:
    enum Column
    {
        QuoteColumn,
        CodeColumn,
        DocumentColumn,
        CoderColumn,
        ColumnCount
    };
    static constexpr int CodingIdRole = Qt::UserRole + 1;

    explicit OrphanedCodingModel(QObject *parent = nullptr);
    ~OrphanedCodingModel() override;

    void setOrphans(const QList<Storage::CodingRecord> &orphans);
    const Storage::CodingRecord *coding(int row) const;

    // "…left context【quote】right context…"
    static QString quoteInContext(const Storage::CodingRecord &coding);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<Storage::CodingRecord> m_orphans;
};

} // namespace Rapporteur::Gui
