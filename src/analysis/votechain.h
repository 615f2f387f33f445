#pragma once

#include "common/result.h"
#include "storage/rollcallrecords.h"
#include "storage/voterecords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Analysis {

// A draft's way through the General Assembly: the recorded votes of the committee that reported
// it (from the corpus's committee reports) and the plenary roll calls on the resolution adopted
// from it (from import-votes). The draft's symbol, which both record, joins them: A/79/416's
// committee vote on A/C.1/79/L.53/Rev.1 and the plenary vote adopting it as A/RES/79/80 are one
// chain.

// The plenary roll calls on each of these drafts, by draft symbol (a draft with none is absent).
Result<QHash<QString, QList<Storage::RollCall>>> plenaryVotesOn(Storage::Database &db,
                                                                const QStringList &drafts);

// The corpus's committee votes on these drafts, by draft symbol.
Result<QHash<QString, QList<Storage::VoteRecord>>> committeeVotesOn(Storage::Database &db,
                                                                    const QStringList &drafts);

} // namespace Rapporteur::Analysis
