#pragma once

#include "common/entity.h"
#include "common/recordedvote.h"
#include "gui/common/columntablemodel.h"
#include "storage/voterecords.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Rapporteur::Gui {

// One recorded vote as a table of every member state and its position: the three lists of the
// report, and the member states in none of them (not voting). Where a footnote says a
// delegation meant to vote otherwise, the recorded position carries a dagger (the footnote mark
// of the reports) and the intended one has a column of its own.
//
// The names are in the interface's language first: the column of that language is titled
// "State" and the other one by its language, and a name's tooltip gives both.
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

    // Chinese names first (the Chinese interface) or English ones.
    void setNamesInChinese(bool chinese);
    // The column of the names in the interface's language.
    Column nameColumn() const { return m_namesInChinese ? ChineseName : EnglishName; }

    int count(VotePosition position) const;
    // "Madagascar (In favour)" for each delegation that meant to vote otherwise than recorded,
    // named in the interface's language.
    QStringList intendedPositions() const;
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
    QString shownName(const Row &row) const;

    Storage::VoteRecord m_vote;
    QList<Row> m_rows;
    bool m_namesInChinese = false;
};

} // namespace Rapporteur::Gui
