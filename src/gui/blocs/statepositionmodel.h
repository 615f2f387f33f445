#pragma once

#include "blocsdata.h"
#include "gui/common/columntablemodel.h"

#include "common/recordedvote.h"

#include <QList>

#include <optional>

namespace Rapporteur::Gui {

// States and their position on one vote, with how many submissions each has in the corpus: the
// submitting states of a vote, or the members of a group who voted otherwise or not at all.
class StatePositionModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatePositionModel)

public:
    enum Column
    {
        NameZh,
        Code,
        Position,
        Submissions,
        NameEn, // last: the longest, and the table's stretching column
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        PositionRole, // int VotePosition; invalid for a state that casts no vote (an observer)
    };

    using Row = StatePosition;

    explicit StatePositionModel(QObject *parent = nullptr);
    ~StatePositionModel() override;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    // How many rows have this position (empty: casts no vote).
    int count(std::optional<VotePosition> position) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<Row> m_rows;
    QStringList m_namesZh;
    QStringList m_namesEn;
};

} // namespace Rapporteur::Gui
