#pragma once

#include "groups.h"
#include "votematrix.h"

#include "common/recordedvote.h"
#include "storage/voterecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rapporteur::Blocs {

// How united a group voted on one recorded vote. Only members who voted (yes, no or abstain)
// count; members in none of the vote's lists are listed apart as not voting.
struct MemberPosition
{
    QString code;
    VotePosition position = VotePosition::NonVoting;
    bool operator==(const MemberPosition &) const = default;
};

struct GroupCohesion
{
    Storage::VoteRecord vote;
    int members = 0; // of the group
    int yes = 0;
    int no = 0;
    int abstain = 0;
    int voted() const { return yes + no + abstain; }

    // The position most members took; more than one when they tie (4 yes, 4 no), none when no
    // member voted. In the order yes, no, abstain.
    QList<VotePosition> majority;
    bool tied() const { return majority.size() > 1; }
    // max(Y, N, A) / (Y + N + A): the share that voted with the majority (with the largest of
    // the tied positions on a tie). Empty when no member voted.
    std::optional<double> majorityShare;
    // Hix, Noury and Roland's agreement index:
    //   AI = (max(Y, N, A) − ½ (Y + N + A − max(Y, N, A))) / (Y + N + A)
    // 1 when all voted alike, 0 when the three positions split evenly; empty when no member
    // voted.
    std::optional<double> agreementIndex;
    // Members who voted, but not as the majority did (on a tie: not any of the tied positions),
    // in the order of the group's member list.
    QList<MemberPosition> otherwise;
    // Members in none of the vote's lists, in the order of the group's member list.
    QStringList notVoting;
};

// The group's cohesion on one vote. Pure.
GroupCohesion groupCohesion(const Storage::VoteRecord &vote, const Group &group);
// On each vote, in the votes' order.
QList<GroupCohesion> groupCohesion(const QList<Storage::VoteRecord> &votes, const Group &group);
// On each vote of a matrix (rollCallMatrix: the General Assembly's record, read without a list
// of names per roll call), in its order: a member not in the matrix, or not a member at the
// time of a vote, is not voting on it.
QList<GroupCohesion> groupCohesion(const VoteMatrix &matrix, const Group &group);

} // namespace Rapporteur::Blocs
