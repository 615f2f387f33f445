#include "votechain.h"

#include "storage/referencerepository.h"
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

Result<QList<CitedResolutionVote>> citedResolutionVotes(Storage::Database &db, qint64 submissionId,
                                                        const QString &entityCode)
{
    auto citations = Storage::ReferenceRepository(db).citations(QStringLiteral("document"));
    if (!citations)
        return citations.error();
    // Only the General Assembly's resolutions have plenary roll calls.
    QStringList resolutions;
    for (const Storage::CitationRecord &c : *citations) {
        if (c.submissionId == submissionId && c.row.target.startsWith(QLatin1String("A/RES/")) &&
            !resolutions.contains(c.row.target))
            resolutions.append(c.row.target);
    }
    QList<CitedResolutionVote> out;
    const Storage::RollCallRepository rollCalls(db);
    for (const QString &resolution : std::as_const(resolutions)) {
        auto found = rollCalls.find(Storage::RollCallQuery::ofResolution(resolution));
        if (!found)
            return found.error();
        for (const Storage::RollCall &rc : *found) {
            CitedResolutionVote vote{resolution, rc, std::nullopt};
            for (const Storage::RollCallVote &v : rc.votes) {
                if (v.code == entityCode)
                    vote.position = v.position;
            }
            out.append(std::move(vote));
        }
    }
    return out;
}

} // namespace Rapporteur::Analysis
