#include "votechain.h"

#include "storage/rollcallrepository.h"
#include "storage/voterepository.h"

#include <QSet>

namespace Rapporteur::Analysis {

Result<QHash<QString, QList<Storage::RollCall>>> plenaryVotesOn(Storage::Database &db,
                                                                const QStringList &drafts)
{
    QHash<QString, QList<Storage::RollCall>> out;
    const Storage::RollCallRepository rollCalls(db);
    for (const QString &draft : QSet<QString>(drafts.cbegin(), drafts.cend())) {
        if (draft.isEmpty())
            continue;
        auto found = rollCalls.find(Storage::RollCallQuery::ofDraft(draft));
        if (!found)
            return found.error();
        if (!found->isEmpty())
            out.insert(draft, *found);
    }
    return out;
}

Result<QHash<QString, QList<Storage::VoteRecord>>> committeeVotesOn(Storage::Database &db,
                                                                    const QStringList &drafts)
{
    QHash<QString, QList<Storage::VoteRecord>> out;
    const QSet<QString> wanted(drafts.cbegin(), drafts.cend());
    // Every document's votes (their primary versions'): a corpus holds a few hundred at most.
    auto votes = Storage::VoteRepository(db).votes();
    if (!votes)
        return votes.error();
    for (const Storage::VoteRecord &v : *votes) {
        if (!v.draftSymbol.isEmpty() && wanted.contains(v.draftSymbol))
            out[v.draftSymbol].append(v);
    }
    return out;
}

} // namespace Rapporteur::Analysis
