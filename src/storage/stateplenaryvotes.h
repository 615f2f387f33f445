#pragma once

#include "rollcallrecords.h"

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// A state's position on one of the General Assembly's recorded plenary votes (import-votes),
// with what the roll call was on.
struct StatePlenaryVote
{
    qint64 rollCallId = 0;
    RollCallSource source = RollCallSource::Voeten;
    std::optional<qint64> rcid;
    QString undlId;
    QString session;
    QDate date;
    QString resolution;
    QString draft;
    QString title;       // the file's title, or Voeten's short title where it gives no other
    bool onPart = false; // a vote on an amendment or on separate paragraphs, not the whole text
    RollCallPosition position = RollCallPosition::NonVoting;
    bool operator==(const StatePlenaryVote &) const = default;
};

// Every recorded plenary vote of the state, by date (then source and key): one pass of the index
// on the state's code. Empty for a state with none.
Result<QList<StatePlenaryVote>> readStatePlenaryVotes(const Database &db,
                                                      const QString &entityCode);

} // namespace Rapporteur::Storage
