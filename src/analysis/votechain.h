#pragma once

#include "common/result.h"
#include "storage/rollcallrecords.h"
#include "storage/voterecords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

// A resolution a submission cites, and how the submission's state voted on it in the plenary.
struct CitedResolutionVote
{
    QString resolution;         // "A/RES/76/234", as the reference reads it
    Storage::RollCall rollCall; // the roll call on it (its lists included)
    // The state's position; empty when the roll call does not list it (not a member then).
    std::optional<Storage::RollCallPosition> position;
};

// The plenary roll calls on the General Assembly resolutions a submission cites (text, notes or
// links), each with the position of the submission's state: what the state wrote about a
// resolution beside how it voted on it. In the order of the references, a resolution once.
Result<QList<CitedResolutionVote>> citedResolutionVotes(Storage::Database &db, qint64 submissionId,
                                                        const QString &entityCode);

} // namespace Rapporteur::Analysis
