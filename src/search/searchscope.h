#pragma once

#include "common/entity.h"
#include "common/recordedvote.h"
#include "common/result.h"
#include "storage/searchrepository.h"
#include "storage/voterecords.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Search {

// "The states that voted no on (c)": a position on one recorded vote.
struct VoteFilter
{
    VotePosition position = VotePosition::Yes;
    // The vote's label, with or without brackets ("(c)", "c"); "A/79/416:(c)" names the report
    // when several reports have a vote of that label.
    QString vote;
};

// The filters search and the concordance share, as the user gives them.
struct SearchFilters
{
    QString document; // a symbol
    QString entity;   // an entity code
    std::optional<VoteFilter> vote;
    // A section as stored ("二. 答复"), its number ("二") or its title ("答复").
    QString section;
    QString language; // ISO 639-1 of the documents ("en"); empty: every language
};

// The recorded vote a user names: its label ("(c)", "c") or "SYM:(c)" when several reports have a
// vote of that label. Unknown: ErrorCode::NotFound; ambiguous: ErrorCode::InvalidInput.
Result<Storage::VoteRecord> findVote(Storage::Database &db, const QString &given);

// Turns filters into the sets the index query takes: the vote's label is looked up among the
// recorded votes (unknown or ambiguous: ErrorCode::NotFound / InvalidInput), positions are read
// with VoteRecord::positionOf over `entities` (all states and organisations, for non-voting), and
// the section among the sections paragraphs have (none matching: ErrorCode::NotFound).
Result<Storage::SearchScope> resolveScope(Storage::Database &db, const SearchFilters &filters,
                                          const QList<Entity> &entities);

} // namespace Rapporteur::Search
