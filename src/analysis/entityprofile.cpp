#include "entityprofile.h"

#include "storage/corpusrepository.h"
#include "storage/voterepository.h"

#include <algorithm>

namespace Rapporteur::Analysis {

QString sponsorRoleName(SponsorRole role)
{
    return role == SponsorRole::Main ? QStringLiteral("main") : QStringLiteral("joined");
}

EntityProfile buildProfile(const Entity &entity,
                           const QList<Storage::SubmissionRecord> &submissions,
                           const QList<Storage::VoteRecord> &votes,
                           const QList<Storage::SponsorshipRecord> &sponsorships)
{
    EntityProfile profile;
    profile.entity = entity;
    for (const auto &s : submissions) {
        if (s.entity && s.entity->code == entity.code)
            profile.submissions.append(s);
    }
    for (const auto &v : votes) {
        const auto position = v.positionOf(entity.code);
        if (!position)
            continue;
        VotePositionEntry entry{v.id,          v.document, v.label,   v.subject, v.subjectKind,
                                v.draftSymbol, v.date,     *position, {}};
        // The last note naming the entity wins, as a later correction would.
        for (const auto &n : v.notes) {
            if (n.code == entity.code)
                entry.intended = n.intended;
        }
        profile.votes.append(entry);
    }
    for (const auto &s : sponsorships) {
        for (const auto &[role, list] :
             {std::pair{SponsorRole::Main, &s.main}, std::pair{SponsorRole::Joined, &s.joined}}) {
            for (const auto &e : *list) {
                if (e.code == entity.code)
                    profile.sponsorships.append({s.document, s.draftSymbol, role});
            }
        }
    }
    return profile;
}

Result<EntityProfile> readProfile(Storage::Database &db, const Entity &entity)
{
    auto submissions = Storage::CorpusRepository(db).submissions();
    if (!submissions)
        return submissions.error();
    const Storage::VoteRepository votes(db);
    auto recorded = votes.votes();
    if (!recorded)
        return recorded.error();
    auto sponsorships = votes.sponsorships();
    if (!sponsorships)
        return sponsorships.error();
    EntityProfile profile = buildProfile(entity, *submissions, *recorded, *sponsorships);
    auto plenary = Storage::readRollCallTallies(db, entity.code);
    if (!plenary)
        return plenary.error();
    profile.plenary = std::move(plenary).value();
    auto history = Storage::readStatePlenaryVotes(db, entity.code);
    if (!history)
        return history.error();
    profile.plenaryVotes = std::move(history).value();
    profile.series = resolutionSeries(profile.plenaryVotes);
    return profile;
}

} // namespace Rapporteur::Analysis
