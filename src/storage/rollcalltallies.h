#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace Rapporteur::Storage {

class Database;

// How often a state took each position in the General Assembly's recorded plenary votes
// (import-votes), over some of them: a session ("74", "ES-10") or an issue ("nu").
struct PositionTally
{
    QString key;
    int yes = 0;
    int no = 0;
    int abstain = 0;
    int nonVoting = 0;

    int total() const { return yes + no + abstain + nonVoting; }
    bool operator==(const PositionTally &) const = default;
};

struct RollCallTallies
{
    QList<PositionTally> bySession; // in the order the sessions met (their first roll call)
    QList<PositionTally> byIssue;   // by issue code
};

// A state's tallies, counted by SQLite over its rows of roll_call_vote (one pass of the index on
// entity_code); empty for a state with no recorded plenary vote.
Result<RollCallTallies> readRollCallTallies(const Database &db, const QString &entityCode);

} // namespace Rapporteur::Storage
