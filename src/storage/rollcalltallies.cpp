#include "rollcalltallies.h"

#include "rollcallrecords.h"
#include "statement.h"

namespace Rapporteur::Storage {

namespace {

Result<QList<PositionTally>> tallies(const Database &db, const char *sql, const QString &code)
{
    auto select = Statement::prepare(db, sql);
    if (!select)
        return select.error();
    // The positions' names are rollCallPositionName's, bound rather than spelled here again.
    select->bind(1, code)
        .bind(2, rollCallPositionName(RollCallPosition::Yes))
        .bind(3, rollCallPositionName(RollCallPosition::No))
        .bind(4, rollCallPositionName(RollCallPosition::Abstain))
        .bind(5, rollCallPositionName(RollCallPosition::NonVoting));
    return select->collect<PositionTally>([&] {
        return PositionTally{select->columnText(0), select->columnInt(1), select->columnInt(2),
                             select->columnInt(3), select->columnInt(4)};
    });
}

} // namespace

Result<RollCallTallies> readRollCallTallies(const Database &db, const QString &entityCode)
{
    auto bySession = tallies(db, R"(
        SELECT r.session, sum(v.position = ?2), sum(v.position = ?3), sum(v.position = ?4),
               sum(v.position = ?5)
        FROM roll_call_vote v JOIN roll_call r ON r.id = v.roll_call_id
        WHERE v.entity_code = ?1
        GROUP BY r.session ORDER BY min(r.date), r.session)",
                             entityCode);
    if (!bySession)
        return bySession.error();
    auto byIssue = tallies(db, R"(
        SELECT i.issue, sum(v.position = ?2), sum(v.position = ?3), sum(v.position = ?4),
               sum(v.position = ?5)
        FROM roll_call_vote v JOIN roll_call_issue i ON i.roll_call_id = v.roll_call_id
        WHERE v.entity_code = ?1
        GROUP BY i.issue ORDER BY i.issue)",
                           entityCode);
    if (!byIssue)
        return byIssue.error();
    return RollCallTallies{*bySession, *byIssue};
}

} // namespace Rapporteur::Storage
