#pragma once

#include "clustering.h"
#include "pairagreement.h"
#include "votematrix.h"

#include "common/result.h"
#include "storage/voterecords.h"

#include <QList>
#include <QStringList>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Blocs {

// Everything the agreement matrix, the dendrogram and the blocs are drawn from, for one choice of
// votes and options.
struct BlocAnalysis
{
    VoteMatrix votes;          // states × chosen votes
    AgreementMatrix agreement; // in the order of votes.states (the entity table's)
    Dendrogram dendrogram;     // leaves in the same order; leafOrder is the cluster order

    // The agreement matrix with its rows and columns in the dendrogram's drawing order.
    AgreementMatrix agreementInClusterOrder() const
    {
        return agreement.reordered(dendrogram.leafOrder);
    }
};

// Pure: the chosen votes (see selectVotes) → matrix, agreement and tree.
BlocAnalysis analyseBlocs(
    const QList<Storage::VoteRecord> &votes, const AgreementOptions &options = {},
    const ReferenceData::EntityRegistry &registry = ReferenceData::EntityRegistry::builtIn());

// The same from a matrix already built (rollCallMatrix: the General Assembly's record).
BlocAnalysis analyseBlocs(VoteMatrix matrix, const AgreementOptions &options = {});

// Reads every recorded vote of the database and picks those the selectors name (all when there
// are none; see VoteSelector). A selector that matches nothing is ErrorCode::NotFound.
Result<QList<Storage::VoteRecord>> readSelectedVotes(Storage::Database &db,
                                                     const QStringList &selectors = {});

// readSelectedVotes, then analyseBlocs.
Result<BlocAnalysis> readBlocAnalysis(Storage::Database &db, const QStringList &selectors = {},
                                      const AgreementOptions &options = {});

} // namespace Rapporteur::Blocs
