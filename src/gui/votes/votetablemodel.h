#pragma once

#include "common/entity.h"
#include "common/recordedvote.h"
#include "gui/common/columntablemodel.h"
#include "storage/voterecords.h"

#include <QList>

#include <optional>

namespace Rapporteur::Gui {

// One recorded vote as a table of every member state and its position: the three lists of the
// report, and the member states in none of them (not voting). Where a footnote says a
// delegation meant to vote otherwise, the intended position is shown beside the recorded one.
class VoteTableModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteTableModel)

public:
    enum Column
    {
        EnglishName,
        Position,
        ChineseName,
        Intended,
        Code,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // English name, Chinese name, code, or position order
        PositionRole,                // VotePosition as int
        EntityCodeRole,
    };

    explicit VoteTableModel(QObject *parent = nullptr);
    ~VoteTableModel() override;

    // Shows a vote; names come from the entity table (a name that resolved to no entity is shown
    // as written).
    void setVote(const Storage::VoteRecord &vote, const QList<Entity> &entities);
    void clear();

    int count(VotePosition position) const;
    const Storage::VoteRecord &vote() const { return m_vote; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString positionLabel(VotePosition position);
    static QColor positionColour(VotePosition position);

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    struct Row
    {
        QString code;
        QString nameEn;
        QString nameZh;
        VotePosition position = VotePosition::NonVoting;
        std::optional<VotePosition> intended;
    };
    Storage::VoteRecord m_vote;
    QList<Row> m_rows;
};

} // namespace Rapporteur::Gui
