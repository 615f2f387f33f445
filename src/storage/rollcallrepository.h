#pragma once

#include "rollcallquery.h"
#include "rollcallrecords.h"

#include "common/entity.h"
#include "common/result.h"

namespace Rapporteur::Storage {

class Database;

// Writes and reads the recorded plenary votes of vote data sets (migration 0009). Storing is
// idempotent: a roll call is found again by its source and key (rcid, undl_id), the same data
// changes nothing, and different data updates the rows it differs in.
class RollCallRepository final
{
public:
    explicit RollCallRepository(Database &db);

    // One transaction (a savepoint inside an open one): all of it or nothing. `entities` are
    // upserted first (the reference data the votes point at); `issueNames` names issue codes.
    Result<RollCallStoreCounts> store(const QList<RollCall> &rollCalls,
                                      const QList<RollCallIssue> &issueNames,
                                      const QList<Entity> &entities);

    // By date, then source and key; each with its issues and its votes (sorted by code).
    Result<QList<RollCall>> find(const RollCallQuery &query) const;
    // The same without the votes (RollCall::votes empty), for readers that take the votes in
    // another form (RollCallPositionTable).
    Result<QList<RollCall>> findWithoutVotes(const RollCallQuery &query) const;

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
