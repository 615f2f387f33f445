#pragma once

#include "storage/rollcallrecords.h"

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::RollCalls {

class StateResolver;

// One of Voeten's tables as read from its file (decompressed).
struct VoetenTable
{
    QByteArray data;
    QString shownName;
};

// The three tables of Voeten's data as the R package unvotes publishes them. un_roll_calls and
// un_votes belong together; un_roll_call_issues may be left out (then stored issues stay).
struct VoetenTables
{
    std::optional<VoetenTable> rollCalls; // un_roll_calls
    std::optional<VoetenTable> votes;     // un_votes
    std::optional<VoetenTable> issues;    // un_roll_call_issues
};

struct VoetenData
{
    QList<Storage::RollCall> rollCalls; // in the order of un_roll_calls
    QList<Storage::RollCallIssue> issueNames;
};

// Reads the tables into roll calls with one vote per member state. Voeten's data leaves out the
// states that did not vote, so the members of a session are taken to be the states that voted
// in any roll call of that session, and each of them that is in no row of a roll call is
// non-voting on it. (A state admitted during a session is thus non-voting on the roll calls
// before its admission; the data gives no admission dates to do better.)
// R writes a missing value as a bare NA and the string "NA" (Namibia's code) quoted: the two are
// kept apart. A malformed row is an error "NAME line N: …".
Result<VoetenData> readVoetenTables(const VoetenTables &tables, StateResolver &states);

} // namespace Rapporteur::RollCalls
