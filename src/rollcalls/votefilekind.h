#pragma once

#include "csvreader.h"

#include <optional>

namespace Rapporteur::RollCalls {

// The vote files import-votes reads, told apart by their header.
enum class VoteFileKind
{
    Undl,              // the UN Digital Library's bulk file (with or without vote_note)
    VoetenVotes,       // un_votes: rcid, country, country_code, vote
    VoetenRollCalls,   // un_roll_calls: rcid, session, importantvote, date, unres, ...
    VoetenIssues,      // un_roll_call_issues: rcid, short_name, issue
};

std::optional<VoteFileKind> voteFileKind(const CsvRecord &header);
QString voteFileKindName(VoteFileKind kind); // for messages: "un_votes", ...

// The field of `record` in column `index`, as text.
inline QString fieldText(const CsvRecord &record, qsizetype index)
{
    return QString::fromUtf8(record.fields[index].text);
}

} // namespace Rapporteur::RollCalls
