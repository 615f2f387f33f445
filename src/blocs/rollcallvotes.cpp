#include "rollcallvotes.h"

#include <array>

namespace Rapporteur::Blocs {

QList<Storage::VoteRecord> rollCallVotes(const QList<Storage::RollCall> &rollCalls)
{
    QList<Storage::VoteRecord> out;
    out.reserve(rollCalls.size());
    for (const Storage::RollCall &rc : rollCalls) {
        Storage::VoteRecord &v = out.emplace_back();
        v.id = rc.id;
        if (!rc.resolution.isEmpty())
            v.document = rc.resolution;
        else if (rc.rcid)
            v.document = QStringLiteral("rcid:%1").arg(*rc.rcid);
        else
            v.document = QStringLiteral("undl:%1").arg(rc.undlId);
        v.subject = rc.title.isEmpty() ? rc.shortTitle : rc.title;
        v.subjectKind = VoteSubjectKind::WholeDraft;
        v.draftSymbol = rc.draft;
        v.date = rc.date;
        v.statedYes = rc.totalYes.value_or(-1);
        v.statedNo = rc.totalNo.value_or(-1);
        v.statedAbstain = rc.totalAbstain.value_or(-1);
        std::array<qsizetype, 4> counts{}; // by position: each list allocated once, exactly
        for (const Storage::RollCallVote &vote : rc.votes)
            ++counts[static_cast<std::size_t>(vote.position)];
        v.yes.reserve(counts[static_cast<std::size_t>(Storage::RollCallPosition::Yes)]);
        v.no.reserve(counts[static_cast<std::size_t>(Storage::RollCallPosition::No)]);
        v.abstain.reserve(counts[static_cast<std::size_t>(Storage::RollCallPosition::Abstain)]);
        v.nonVoting.reserve(counts[static_cast<std::size_t>(Storage::RollCallPosition::NonVoting)]);
        for (const Storage::RollCallVote &vote : rc.votes) {
            const Storage::ListedEntity state{vote.code, vote.code};
            switch (vote.position) {
            case Storage::RollCallPosition::Yes:
                v.yes.append(state);
                break;
            case Storage::RollCallPosition::No:
                v.no.append(state);
                break;
            case Storage::RollCallPosition::Abstain:
                v.abstain.append(state);
                break;
            case Storage::RollCallPosition::NonVoting:
                v.nonVoting.append(vote.code);
                break;
            }
        }
    }
    return out;
}

} // namespace Rapporteur::Blocs
