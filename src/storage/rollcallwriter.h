#pragma once

#include "rollcallrecords.h"

#include "common/entity.h"
#include "common/result.h"

namespace Rapporteur::Storage {

class Database;

// Stores roll calls as RollCallRepository::store describes: one transaction (a savepoint inside
// an open one), entities upserted first, each roll call found again by its source and key and
// added, corrected or left as it is.
Result<RollCallStoreCounts> storeRollCalls(Database &db, const QList<RollCall> &rollCalls,
                                           const QList<RollCallIssue> &issueNames,
                                           const QList<Entity> &entities);

} // namespace Rapporteur::Storage
