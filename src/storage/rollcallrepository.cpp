#include "rollcallrepository.h"

#include "database.h"
#include "joinedreads.h"
#include "rollcallrow.h"
#include "rollcallwriter.h"
#include "statement.h"

#include <QHash>

namespace Rapporteur::Storage {

RollCallRepository::RollCallRepository(Database &db) : m_db(db) {}

Result<RollCallStoreCounts> RollCallRepository::store(const QList<RollCall> &rollCalls,
                                                      const QList<RollCallIssue> &issueNames,
                                                      const QList<Entity> &entities)
{
    return storeRollCalls(m_db, rollCalls, issueNames, entities);
}

Result<QList<RollCall>> RollCallRepository::findWithoutVotes(const RollCallQuery &query) const
{
    auto select =
        Statement::prepare(m_db, RollCallRow::selectSql(RollCallQuery::whereSql()).constData());
    if (!select)
        return select.error();
    query.bindTo(*select);
    QList<RollCall> found;
    QHash<qint64, qsizetype> indexOf;
    if (auto read = select->forEachRow([&] {
            indexOf.insert(select->columnInt64(0), found.size());
            found.append(RollCallRow::read(*select));
        });
        !read)
        return read.error();
    // The issues of every chosen roll call in one query rather than one per roll call.
    auto issues = Statement::prepare(
        m_db, (QByteArray("SELECT i.roll_call_id, i.issue FROM roll_call_issue i "
                          "WHERE i.roll_call_id IN (SELECT id FROM roll_call") +
               RollCallQuery::whereSql() + ") ORDER BY i.roll_call_id, i.issue")
                  .constData());
    if (!issues)
        return issues.error();
    query.bindTo(*issues);
    if (auto read = joinRows(
            issues, found, indexOf,
            [](RollCall &rc, const Statement &row) { rc.issues.append(row.columnText(1)); });
        !read)
        return read.error();
    for (RollCall &rc : found)
        rc.issuesKnown = true;
    return found;
}

Result<QList<RollCall>> RollCallRepository::find(const RollCallQuery &query) const
{
    auto found = findWithoutVotes(query);
    if (!found)
        return found;
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < found->size(); ++i) {
        indexOf.insert(found->at(i).id, i);
        (*found)[i].votes.reserve(found->at(i).totalMembers.value_or(200)); // no regrowing
    }
    // Every vote of the chosen roll calls in one pass: a query per roll call was most of the time
    // of reading the whole record.
    auto votes = Statement::prepare(
        m_db,
        (QByteArray("SELECT v.roll_call_id, v.entity_code, v.position, v.vote_note "
                    "FROM roll_call_vote v WHERE v.roll_call_id IN (SELECT id FROM roll_call") +
         RollCallQuery::whereSql() + ") ORDER BY v.roll_call_id, v.entity_code")
            .constData());
    if (!votes)
        return votes.error();
    query.bindTo(*votes);
    if (auto read = joinRows(votes, *found, indexOf,
                             [](RollCall &rc, const Statement &row) {
                                 rc.votes.append({row.columnText(1),
                                                  rollCallPositionFromName(row.columnText(2))
                                                      .value_or(RollCallPosition::NonVoting),
                                                  row.columnText(3)});
                             });
        !read)
        return read.error();
    return found;
}

} // namespace Rapporteur::Storage
