#pragma once

#include "rollcallrecords.h"

#include "common/entity.h"
#include "common/result.h"

namespace Rapporteur::Storage {

class Database;

// What to read: every condition given must hold; none given reads every roll call.
struct RollCallQuery
{
    QString session;    // "74", "ES-10"
    QString resolution; // "A/RES/74/19", as the file writes it
    // Regular sessions firstSession to lastSession, both included (emergency special sessions,
    // "ES-10", are in no such range); 0: no range.
    int firstSession = 0;
    int lastSession = 0;
    QString draft;              // "A/C.1/79/L.53/Rev.1": the roll calls on it
    QString issue;              // one of Voeten's issue codes ("nu"): roll calls coded with it
    bool importantOnly = false; // only roll calls coded important (Voeten's `importantvote`)

    static RollCallQuery ofSession(const QString &session)
    {
        RollCallQuery query;
        query.session = session;
        return query;
    }
    static RollCallQuery ofDraft(const QString &draft)
    {
        RollCallQuery query;
        query.draft = draft;
        return query;
    }
    static RollCallQuery ofResolution(const QString &resolution)
    {
        RollCallQuery query;
        query.resolution = resolution;
        return query;
    }
};

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

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
