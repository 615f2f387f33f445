#include "cohesion.h"

#include <QHash>

#include <algorithm>

namespace Rapporteur::Blocs {

GroupCohesion groupCohesion(const Storage::VoteRecord &vote, const Group &group)
{
    // The first list naming a code wins, as in Analysis::positionOn.
    QHash<QString, VotePosition> cast;
    const std::pair<const QList<Storage::ListedEntity> *, VotePosition> lists[] = {
        {&vote.yes, VotePosition::Yes},
        {&vote.no, VotePosition::No},
        {&vote.abstain, VotePosition::Abstain}};
    for (const auto &[list, position] : lists) {
        for (const Storage::ListedEntity &e : *list) {
            if (!e.code.isEmpty() && !cast.contains(e.code))
                cast.insert(e.code, position);
        }
    }

    GroupCohesion c;
    c.vote = vote;
    c.members = int(group.members.size());
    QList<MemberPosition> voters;
    for (const QString &code : group.members) {
        const auto found = cast.constFind(code);
        if (found == cast.cend()) {
            c.notVoting.append(code);
            continue;
        }
        voters.append({code, *found});
        switch (*found) {
        case VotePosition::Yes:
            ++c.yes;
            break;
        case VotePosition::No:
            ++c.no;
            break;
        case VotePosition::Abstain:
            ++c.abstain;
            break;
        case VotePosition::NonVoting:
            break;
        }
    }
    const int voted = c.voted();
    if (voted == 0)
        return c;

    const int most = std::max({c.yes, c.no, c.abstain});
    const std::pair<int, VotePosition> counts[] = {
        {c.yes, VotePosition::Yes}, {c.no, VotePosition::No}, {c.abstain, VotePosition::Abstain}};
    for (const auto &[n, position] : counts) {
        if (n == most)
            c.majority.append(position);
    }
    c.majorityShare = double(most) / voted;
    c.agreementIndex = (most - 0.5 * (voted - most)) / voted;
    for (const MemberPosition &m : std::as_const(voters)) {
        if (!c.majority.contains(m.position))
            c.otherwise.append(m);
    }
    return c;
}

QList<GroupCohesion> groupCohesion(const QList<Storage::VoteRecord> &votes, const Group &group)
{
    QList<GroupCohesion> out;
    out.reserve(votes.size());
    for (const Storage::VoteRecord &v : votes)
        out.append(groupCohesion(v, group));
    return out;
}

} // namespace Rapporteur::Blocs
