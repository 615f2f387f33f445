#pragma once

#include "storage/records.h"
#include "storage/voterecords.h"

#include <QString>

namespace Rapporteur::Gui {

// What the corpus filter matches an item against, lower case, one name a line. A state is
// found by every name the entity table gives it: its code (ISO3 and ISO2), its Chinese and
// English names, every alias (美国, 英国, Türkiye's former name), and the pinyin of each
// Chinese one (meiguo, mg). A vote is found by every state with a position on it (the
// non-voting members too), so that a state without a submission leads to its votes.
namespace CorpusFilterKeys {

QString ofDocument(const Storage::DocumentRecord &document);
QString ofSubmission(const Storage::SubmissionRecord &submission);
QString ofVote(const Storage::VoteRecord &vote);

} // namespace CorpusFilterKeys

} // namespace Rapporteur::Gui
