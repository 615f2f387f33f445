#include "rollcallvotes.h"

#include <QHash>

#include <array>

namespace Rapporteur::Blocs {

namespace {

// What a roll call is as a vote, without its lists.
Storage::VoteRecord voteHeading(const Storage::RollCall &rc)
{
    Storage::VoteRecord v;
    v.id = rc.id;
    v.document = Storage::rollCallDocument(rc.resolution, rc.rcid, rc.undlId);
    v.subject = rc.title.isEmpty() ? rc.shortTitle : rc.title;
    v.subjectKind = VoteSubjectKind::WholeDraft;
    v.draftSymbol = rc.draft;
    v.date = rc.date;
    v.statedYes = rc.totalYes.value_or(-1);
    v.statedNo = rc.totalNo.value_or(-1);
    v.statedAbstain = rc.totalAbstain.value_or(-1);
    return v;
}

} // namespace

VotePosition votePositionOf(Storage::RollCallPosition position)
{
    switch (position) {
    case Storage::RollCallPosition::Yes:
        return VotePosition::Yes;
    case Storage::RollCallPosition::No:
        return VotePosition::No;
    case Storage::RollCallPosition::Abstain:
        return VotePosition::Abstain;
    case Storage::RollCallPosition::NonVoting:
        break;
    }
    return VotePosition::NonVoting;
}

QList<Storage::VoteRecord> rollCallVotes(const QList<Storage::RollCall> &rollCalls)
{
    QList<Storage::VoteRecord> out;
    out.reserve(rollCalls.size());
    for (const Storage::RollCall &rc : rollCalls) {
        Storage::VoteRecord &v = out.emplace_back(voteHeading(rc));
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

VoteMatrix rollCallMatrix(const Storage::RollCallPositionTable &table,
                          const ReferenceData::EntityRegistry &registry)
{
    VoteMatrix matrix;
    matrix.votes.reserve(table.rollCalls.size());
    for (const Storage::RollCall &rc : table.rollCalls)
        matrix.votes.append(voteHeading(rc));
    const qsizetype columns = table.rollCalls.size();
    QHash<QString, qsizetype> rowOf; // a voting state's row in table
    QStringList absent;              // members with rows, none of them a vote cast
    for (qsizetype row = 0; row < table.codes.size(); ++row) {
        const QString &code = table.codes[row];
        if (!canVote(code, registry))
            continue;
        bool voted = false;
        for (qsizetype c = 0; c < columns && !voted; ++c) {
            const auto position = table.at(row, c);
            voted = position && *position != Storage::RollCallPosition::NonVoting;
        }
        if (voted)
            rowOf.insert(code, row);
        else
            absent.append(code);
    }
    matrix.states = inEntityTableOrder(rowOf.keys(), registry);
    matrix.positions.reserve(matrix.states.size());
    for (const QString &code : std::as_const(matrix.states)) {
        const qsizetype row = rowOf.value(code);
        QList<VotePosition> &positions = matrix.positions.emplace_back();
        QBitArray &notMember = matrix.notMember.emplace_back(columns);
        positions.reserve(columns);
        for (qsizetype c = 0; c < columns; ++c) {
            const auto position = table.at(row, c);
            positions.append(position ? votePositionOf(*position) : VotePosition::NonVoting);
            if (!position)
                notMember.setBit(c);
        }
    }
    matrix.absentThroughout = inEntityTableOrder(absent, registry);
    return matrix;
}

} // namespace Rapporteur::Blocs
