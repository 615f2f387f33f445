#pragma once

#include "common/entity.h"
#include "common/recordedvote.h"
#include "common/result.h"
#include "resolutionseries.h"
#include "storage/records.h"

#include "storage/rollcalltallies.h"
#include "storage/stateplenaryvotes.h"
#include "storage/voterecords.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Analysis {

// The entity's position on one recorded vote of the corpus.
struct VotePositionEntry
{
    qint64 voteId = 0;
    QString document; // the report's symbol
    QString label;    // "(a)"
    QString subject;  // as written
    VoteSubjectKind subjectKind = VoteSubjectKind::Other;
    QString draft; // the draft voted on
    QDate date;
    VotePosition position = VotePosition::NonVoting;
    // What a footnote says the delegation meant to vote, when one names it.
    std::optional<VotePosition> intended;
};

enum class SponsorRole
{
    Main,   // introduced the draft, or was named by the delegation that did
    Joined, // joined as a sponsor later
};

QString sponsorRoleName(SponsorRole role); // "main", "joined"

// One draft the entity put forward.
struct SponsorshipEntry
{
    QString document; // the report that records it
    QString draft;
    SponsorRole role = SponsorRole::Main;
};

// Everything the corpus holds about one state or organisation, each list in corpus order.
struct EntityProfile
{
    Entity entity;
    QList<Storage::SubmissionRecord> submissions;
    QList<VotePositionEntry> votes;
    QList<SponsorshipEntry> sponsorships;
    // Its positions in the General Assembly's recorded plenary votes (import-votes), counted by
    // session and by issue; empty when none are imported.
    Storage::RollCallTallies plenary;
    // Its position on each of those votes, by date, and the resolution series among them.
    QList<Storage::StatePlenaryVote> plenaryVotes;
    QList<ResolutionSeries> series;
};

// Picks out of the corpus what concerns the entity. Pure: the caller reads the lists.
EntityProfile buildProfile(const Entity &entity,
                           const QList<Storage::SubmissionRecord> &submissions,
                           const QList<Storage::VoteRecord> &votes,
                           const QList<Storage::SponsorshipRecord> &sponsorships);

// Reads every submission, vote and sponsorship of the database and builds the profile, with the
// entity's plenary tallies, votes and series.
Result<EntityProfile> readProfile(Storage::Database &db, const Entity &entity);

} // namespace Rapporteur::Analysis
