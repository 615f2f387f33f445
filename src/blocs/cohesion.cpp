#include "cohesion.h"

#include <QHash>

#include <algorithm>

namespace Rapporteur::Blocs {

namespace {

// The group's cohesion on a vote, given each member's position on it (positionOf(index in the
// member list, code); none: in no list).
template <typename PositionOf>
GroupCohesion cohesionOf(const Storage::VoteRecord &vote, const Group &group,
                         const PositionOf &positionOf)
{
    GroupCohesion c;
    c.vote = vote;
    c.members = int(group.members.size());
    QList<MemberPosition> voters;
    for (qsizetype i = 0; i < group.members.size(); ++i) {
        const QString &code = group.members[i];
        const std::optional<VotePosition> found = positionOf(i, code);
        if (!found || *found == VotePosition::NonVoting) {
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

} // namespace

GroupCohesion groupCohesion(const Storage::VoteRecord &vote, const Group &group)
{
    const QHash<QString, VotePosition> cast = vote.positions();
    return cohesionOf(
        vote, group, [&](qsizetype, const QString &code) -> std::optional<VotePosition> {
            const auto found = cast.constFind(code);
            return found == cast.cend() ? std::nullopt : std::optional<VotePosition>(*found);
        });
}

QList<GroupCohesion> groupCohesion(const QList<Storage::VoteRecord> &votes, const Group &group)
{
    QList<GroupCohesion> out;
    out.reserve(votes.size());
    for (const Storage::VoteRecord &v : votes)
        out.append(groupCohesion(v, group));
    return out;
}

QList<GroupCohesion> groupCohesion(const VoteMatrix &matrix, const Group &group)
{
    QList<qsizetype> rows; // each member's row in the matrix, -1 for one not in it
    for (const QString &code : group.members)
        rows.append(matrix.indexOf(code));
    QList<GroupCohesion> out;
    out.reserve(matrix.voteCount());
    for (qsizetype v = 0; v < matrix.voteCount(); ++v) {
        out.append(
            cohesionOf(matrix.votes[v], group,
                       [&](qsizetype member, const QString &) -> std::optional<VotePosition> {
                           const qsizetype row = rows[member];
                           if (row < 0 || !matrix.isMember(row, v))
                               return std::nullopt;
                           return matrix.positions[row][v];
                       }));
    }
    return out;
}

} // namespace Rapporteur::Blocs
