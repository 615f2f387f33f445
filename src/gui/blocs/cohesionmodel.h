#pragma once

#include "blocs/cohesion.h"
#include "gui/common/columntablemodel.h"
#include "storage/voterecords.h"

namespace Rapporteur::Gui {

// A group's cohesion on each chosen vote (Blocs::groupCohesion): the counts of its members'
// positions, the majority, the share that voted with it, the agreement index, and who voted
// otherwise.
class CohesionModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohesionModel)

public:
    enum Column
    {
        Vote,
        Yes,
        No,
        Abstain,
        NotVoting,
        Majority,
        MajorityShare,
        AgreementIndex,
        Otherwise,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // the number behind a cell (int or double); invalid if none
        VoteIdRole,
    };

    explicit CohesionModel(QObject *parent = nullptr);
    ~CohesionModel() override;

    // allVotes names the votes (Blocs::voteKey).
    void setCohesion(const QList<Blocs::GroupCohesion> &rows,
                     const QList<Storage::VoteRecord> &allVotes);
    const QList<Blocs::GroupCohesion> &cohesion() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QVariant value(const Blocs::GroupCohesion &row, int column) const;

    QList<Blocs::GroupCohesion> m_rows;
    QStringList m_titles;
};

} // namespace Rapporteur::Gui
