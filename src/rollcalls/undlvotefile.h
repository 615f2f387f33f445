#pragma once

#include "storage/rollcallrecords.h"

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Rapporteur::RollCalls {

class StateResolver;

// Reads the UN Digital Library's bulk file of General Assembly votes: one row per member state
// and resolution, grouped here into one roll call per undl_id (the first row of a roll call gives
// its title, symbols and totals). ms_vote is Y, N, A, or X for a member that did not vote; the
// file lists every member, so nothing is derived. A malformed row, a state that resolves to no
// entity, or a state given twice on one roll call is an error "NAME line N: …".
Result<QList<Storage::RollCall>> readUndlVoteFile(const QByteArray &data, const QString &shownName,
                                                  StateResolver &states);

} // namespace Rapporteur::RollCalls
