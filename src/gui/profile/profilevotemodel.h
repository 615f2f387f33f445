#pragma once

#include "analysis/entityprofile.h"
#include "gui/common/columntablemodel.h"

#include <QList>

namespace Rapporteur::Gui {

// A state's position on every recorded vote of the corpus, one row per vote in corpus order,
// coloured as in the vote table. Where a footnote says the delegation meant to vote otherwise,
// the intended position is shown beside the recorded one.
class ProfileVoteModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileVoteModel)

public:
    enum Column
    {
        Document,
        Label,
        Subject,
        Position,
        Intended,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole + 1, // VotePosition as int
        VoteIdRole,
        DocumentRole,
        LabelRole,
    };

    explicit ProfileVoteModel(QObject *parent = nullptr);
    ~ProfileVoteModel() override;

    void setEntries(const QList<Analysis::VotePositionEntry> &entries);
    const QList<Analysis::VotePositionEntry> &entries() const { return m_entries; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<Analysis::VotePositionEntry> m_entries;
};

} // namespace Rapporteur::Gui
