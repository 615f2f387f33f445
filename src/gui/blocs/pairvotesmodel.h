#pragma once

#include "blocs/pairagreement.h"
#include "blocs/votematrix.h"
#include "gui/common/columntablemodel.h"
#include "storage/voterecords.h"

namespace Rapporteur::Gui {

// Two states' votes side by side: a row per chosen vote with each state's position and how far
// the two agree on it under the analysis's options (what a heat-map cell is the mean of).
class PairVotesModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairVotesModel)

public:
    enum Column
    {
        Vote,
        First,
        Second,
        Agreement,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole + 1, // int VotePosition, in the two state columns
        AgreementRole,                   // double 0–1; invalid for a vote not compared
        VoteIdRole,
    };

    explicit PairVotesModel(QObject *parent = nullptr);
    ~PairVotesModel() override;

    // allVotes names the votes (Blocs::voteKey); both codes must be states of the matrix.
    void setPair(const Blocs::VoteMatrix &matrix, const QList<Storage::VoteRecord> &allVotes,
                 const QString &first, const QString &second,
                 const Blocs::AgreementOptions &options);
    void clear();
    QString first() const { return m_first; }
    QString second() const { return m_second; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    struct Row
    {
        qint64 voteId = 0;
        QString title; // the vote's key; its subject in the tooltip, to leave room for the two
        QString subject;
        VotePosition first = VotePosition::NonVoting;
        VotePosition second = VotePosition::NonVoting;
        std::optional<double> agreement;
    };
    QString m_first;
    QString m_second;
    QList<Row> m_rows;
};

} // namespace Rapporteur::Gui
