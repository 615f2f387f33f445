#pragma once

#include "storage/codingrecords.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace Rapporteur::Gui {

// The codebook as a tree: each code's name with a swatch of its colour, and the number of its
// codings (its own; with its children's in the tooltip). Codes are dragged onto another code to
// move them under it, or onto empty space to move them to the top level: the model only asks
// for the move (moveRequested), since every edit goes through the undo stack, and shows the
// result when the codebook is read again.
class CodebookModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookModel)

public:
    enum Column
    {
        NameColumn,
        CodingsColumn,
        ColumnCount
    };
    enum Role
    {
        CodeIdRole = Qt::UserRole + 1,
        PathRole,
        TotalCodingsRole, // with the codings of its descendants
    };
    static constexpr char kMimeType[] = "application/x-rapporteur-code-ids";

    explicit CodebookModel(QObject *parent = nullptr);
    ~CodebookModel() override;

    // Codes parents first (CodebookRepository::codes()).
    void setCodes(const QList<Storage::CodeRecord> &codes);
    const QList<Storage::CodeRecord> &codes() const { return m_codes; }
    QModelIndex indexOfCode(qint64 codeId) const;
    const Storage::CodeRecord *code(const QModelIndex &index) const;
    int totalCodings(qint64 codeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A code was dropped under another (none: the top level).
    void moveRequested(qint64 codeId, std::optional<qint64> parentId);

private:
    QList<qint64> droppedIds(const QMimeData *data) const;

    QList<Storage::CodeRecord> m_codes;
    // Tree structure by position in m_codes; -1 stands for the invisible root.
    QList<int> m_parentOf;
    QHash<int, QList<int>> m_childrenOf;
    QHash<qint64, int> m_positionOf;
    QHash<qint64, int> m_totals;
};

} // namespace Rapporteur::Gui
