#pragma once

#include "storage/voterecords.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Rapporteur::Cli {

// JSON of the votes contract (issue: recorded votes): field names are the contract.
QJsonArray listedJson(const QList<Storage::ListedEntity> &list);
QJsonObject voteJson(const Storage::VoteRecord &v);
QJsonObject sponsorshipJson(const Storage::SponsorshipRecord &s);
QJsonObject resolutionParagraphJson(const Storage::ResolutionParagraphRecord &r);

} // namespace Rapporteur::Cli
