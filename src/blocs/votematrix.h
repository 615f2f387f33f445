#pragma once

#include "common/recordedvote.h"
#include "common/result.h"
#include "referencedata/entityregistry.h"
#include "storage/voterecords.h"

#include <QBitArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Rapporteur::Blocs {

// Which recorded votes an analysis runs over. A label such as "(a)" repeats across reports, so it
// may be qualified by the report's symbol: "A/79/416:(a)". An unqualified label matches that label
// in every document. Labels compare without their brackets (ASCII or full-width), white space and
// case: "a", "(a)" and "（a）" are the same label; symbols compare without case.
struct VoteSelector
{
    QString document; // empty: any document
    QString label;

    // "A/79/416:(a)" → {A/79/416, (a)}; "(a)" → {"", (a)}. Symbols hold no ':', so the last ':'
    // separates them.
    static VoteSelector parse(QStringView text);
    bool matches(const Storage::VoteRecord &vote) const;
};

// "(a)" for a vote in the only document that has one with that label, "A/79/416:(a)" otherwise:
// the shortest selector that names this vote alone among `votes`.
QString voteKey(const Storage::VoteRecord &vote, const QList<Storage::VoteRecord> &votes);

// The votes that match any selector, in corpus order and each once; every vote when `selectors`
// is empty. A selector that matches no vote is ErrorCode::NotFound naming it, so that a mistyped
// label is an error rather than a smaller analysis.
Result<QList<Storage::VoteRecord>> selectVotes(const QList<Storage::VoteRecord> &votes,
                                               const QStringList &selectors);

// A code that can cast a vote: a member state (a former one in the roll calls of its time), or a
// code the table does not know (a table from a test or a newer program); never an observer or
// organisation.
bool canVote(const QString &code, const ReferenceData::EntityRegistry &registry);

// The codes in the order of the entity table (the UN's English order); codes the table does not
// know come last, by code. The order of a matrix's states.
QStringList inEntityTableOrder(QStringList codes, const ReferenceData::EntityRegistry &registry);

// States × votes: each state's recorded position on each chosen vote. The recorded lists count;
// a footnote saying a delegation meant to vote otherwise changes nothing here, as it changes
// nothing in the UN's record.
struct VoteMatrix
{
    QList<Storage::VoteRecord> votes; // the chosen votes, columns in this order
    // Member states that voted (yes, no or abstain) in at least one chosen vote, in the order of
    // the entity table (the UN's English order); codes the table does not know come last, by code.
    QStringList states;
    QList<QList<VotePosition>> positions; // [state][vote]
    // Member states that were in none of the three lists of every chosen vote. They are left out
    // of `states`: with no vote cast they agree with nobody (non-voting excluded) or perfectly
    // with each other (counted), and either would only add noise to the blocs.
    QStringList absentThroughout;
    // [state]: bit v set where the state was not a member when vote v was taken (the General
    // Assembly's record: it has no row in that roll call). Such a cell holds NonVoting and is
    // compared under no rule, so that counting non-voting never makes two non-members agree.
    // Empty: every state was a member at every vote (a committee's votes).
    QList<QBitArray> notMember;

    bool isMember(qsizetype state, qsizetype vote) const
    {
        return notMember.isEmpty() || !notMember[state].testBit(vote);
    }
    qsizetype stateCount() const { return states.size(); }
    qsizetype voteCount() const { return votes.size(); }
    qsizetype indexOf(const QString &code) const { return states.indexOf(code); }
};

// Builds the matrix from the chosen votes. A listed code that the registry knows as an observer
// state or organisation is skipped (they cast no vote in the General Assembly), as are names that
// resolved to no entity; a state that is in no list of a vote is non-voting on it.
VoteMatrix buildVoteMatrix(
    const QList<Storage::VoteRecord> &votes,
    const ReferenceData::EntityRegistry &registry = ReferenceData::EntityRegistry::builtIn());

} // namespace Rapporteur::Blocs
