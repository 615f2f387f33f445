#pragma once

#include "storage/voterecords.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rapporteur::Test {

// "BRA CHN FRA" → {"BRA", "CHN", "FRA"}.
QStringList words(const char *spaceSeparated);

// A recorded vote made by hand: the codes in each list, and the member states in none of them.
Storage::VoteRecord handVote(const QString &document, const QString &label, const QStringList &yes,
                             const QStringList &no, const QStringList &abstain,
                             const QStringList &nonVoting);

// Four votes of report "A/0/1", labels (a) to (d), by seven states, all counted by hand in the
// tests. Rows in the entity table's order (BRA, CHN, FRA, DEU, IND, KEN, RUS), Y yes, N no,
// A abstain, - not voting:
//
//          (a) (b) (c) (d)
//     BRA   Y   A   Y   Y
//     CHN   Y   Y   Y   Y
//     FRA   N   N   N   Y
//     DEU   N   N   A   Y
//     IND   A   Y   A   Y
//     KEN   -   -   Y   -
//     RUS   Y   Y   -   N
//
// Japan is a member state in none of the lists of any vote.
QList<Storage::VoteRecord> handVotes();

} // namespace Rapporteur::Test
