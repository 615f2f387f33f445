#pragma once

#include "votematrix.h"

#include "referencedata/entityregistry.h"
#include "storage/rollcallpositions.h"
#include "storage/rollcallrecords.h"
#include "storage/voterecords.h"

#include <QList>

namespace Rapporteur::Blocs {

// The General Assembly's recorded plenary votes (import-votes) in the form the blocs analysis
// reads, so that agreement, clusters and cohesion work on the whole record as on the votes of the
// corpus's committee reports. A roll call is one vote: its document is its resolution (or, where
// the file names none, its source and key: "rcid:12"), its label empty; each state's position is
// as recorded, a member that cast no vote non-voting.
QList<Storage::VoteRecord> rollCallVotes(const QList<Storage::RollCall> &rollCalls);

// A recorded plenary position as the blocs analysis reads it.
VotePosition votePositionOf(Storage::RollCallPosition position);

// The vote matrix of roll calls read as a position table: the matrix
// buildVoteMatrix(rollCallVotes(…)) gives for the same roll calls, built without a list of names
// per roll call (the whole record in a fraction of the time). Its votes carry no lists.
VoteMatrix rollCallMatrix(
    const Storage::RollCallPositionTable &table,
    const ReferenceData::EntityRegistry &registry = ReferenceData::EntityRegistry::builtIn());

} // namespace Rapporteur::Blocs
