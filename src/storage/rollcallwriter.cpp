#include "rollcallwriter.h"

#include "database.h"
#include "deferredindexes.h"
#include "entitywriter.h"
#include "rollcallrow.h"
#include "statement.h"
#include "transaction.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Rapporteur::Storage {

namespace {

using RollCallRow::bindValues;

struct StoredVote
{
    RollCallPosition position;
    QString note;
};

// The statements one store() runs for every roll call, prepared once.
struct Writer
{
    Statement find, insert, update, votes, insertVote, updateVote, deleteVote, issues, deleteIssues,
        insertIssue, insertVotes;

    // Votes a new roll call writes per INSERT: one statement per row was a third of the time of
    // storing the whole record (each statement's start and end), and 64 rows bind 256 values,
    // far below SQLite's limit.
    static constexpr int kVotesPerInsert = 64;
    QList<std::pair<qint64, const RollCallVote *>> pendingVotes; // roll call id, vote

    static QByteArray insertVotesSql()
    {
        QByteArray sql = "INSERT INTO roll_call_vote (roll_call_id, entity_code, position, "
                         "vote_note) VALUES ";
        for (int row = 0; row < kVotesPerInsert; ++row)
            sql += row ? ", (?, ?, ?, ?)" : "(?, ?, ?, ?)";
        return sql;
    }

    static Result<Writer> prepare(Database &db)
    {
        auto find = Statement::prepare(
            db, "SELECT id FROM roll_call WHERE source = ?1 AND source_key = ?2");
        auto insert = Statement::prepare(db, RollCallRow::insertSql().constData());
        auto update = Statement::prepare(db, RollCallRow::updateSql().constData());
        auto votes =
            Statement::prepare(db, "SELECT entity_code, position, vote_note FROM roll_call_vote "
                                   "WHERE roll_call_id = ?1");
        auto insertVote = Statement::prepare(
            db, "INSERT INTO roll_call_vote (roll_call_id, entity_code, position, vote_note) "
                "VALUES (?1, ?2, ?3, ?4)");
        auto updateVote =
            Statement::prepare(db, "UPDATE roll_call_vote SET position = ?3, vote_note = ?4 "
                                   "WHERE roll_call_id = ?1 AND entity_code = ?2");
        auto deleteVote = Statement::prepare(
            db, "DELETE FROM roll_call_vote WHERE roll_call_id = ?1 AND entity_code = ?2");
        auto issues = Statement::prepare(
            db, "SELECT issue FROM roll_call_issue WHERE roll_call_id = ?1 ORDER BY issue");
        auto deleteIssues =
            Statement::prepare(db, "DELETE FROM roll_call_issue WHERE roll_call_id = ?1");
        auto insertIssue = Statement::prepare(
            db, "INSERT INTO roll_call_issue (roll_call_id, issue) VALUES (?1, ?2)");
        auto insertVotes = Statement::prepare(db, insertVotesSql().constData());
        for (const auto *s : {&find, &insert, &update, &votes, &insertVote, &updateVote,
                              &deleteVote, &issues, &deleteIssues, &insertIssue, &insertVotes}) {
            if (!*s)
                return s->error();
        }
        return Writer{std::move(find).value(),         std::move(insert).value(),
                      std::move(update).value(),       std::move(votes).value(),
                      std::move(insertVote).value(),   std::move(updateVote).value(),
                      std::move(deleteVote).value(),   std::move(issues).value(),
                      std::move(deleteIssues).value(), std::move(insertIssue).value(),
                      std::move(insertVotes).value(),  {}};
    }

    Status writeVote(Statement &s, qint64 id, const RollCallVote &v)
    {
        s.bind(1, id).bind(2, v.code).bind(3, rollCallPositionName(v.position)).bind(4, v.note);
        return s.run();
    }

    // The votes of new roll calls, written kVotesPerInsert at a time by one statement.
    Status writePendingVotes()
    {
        if (pendingVotes.size() == kVotesPerInsert) {
            for (int row = 0; row < kVotesPerInsert; ++row) {
                const auto &[id, v] = pendingVotes[row];
                const int at = row * 4;
                insertVotes.bind(at + 1, id)
                    .bind(at + 2, v->code)
                    .bind(at + 3, rollCallPositionName(v->position))
                    .bind(at + 4, v->note);
            }
            if (auto ran = insertVotes.run(); !ran)
                return ran;
        } else {
            for (const auto &[id, v] : pendingVotes) {
                if (auto ran = writeVote(insertVote, id, *v); !ran)
                    return ran;
            }
        }
        pendingVotes.clear();
        return success();
    }

    Status writeIssues(qint64 id, const QStringList &codes)
    {
        for (const QString &code : codes) {
            insertIssue.bind(1, id).bind(2, code);
            if (auto ran = insertIssue.run(); !ran)
                return ran;
        }
        return success();
    }

    Result<QStringList> storedIssues(qint64 id)
    {
        QStringList codes;
        issues.bind(1, id);
        while (true) {
            auto row = issues.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            codes.append(issues.columnText(0));
        }
        issues.reset();
        return codes;
    }

    // The stored id of each roll call, or none for one the database does not have yet.
    Result<QList<std::optional<qint64>>> findStored(const QList<RollCall> &rollCalls)
    {
        QList<std::optional<qint64>> ids;
        ids.reserve(rollCalls.size());
        for (const RollCall &rc : rollCalls) {
            find.bind(1, rollCallSourceName(rc.source)).bind(2, rc.sourceKey());
            auto found = find.step();
            if (!found)
                return found.error();
            ids.append(*found ? std::optional<qint64>(find.columnInt64(0)) : std::nullopt);
            find.reset();
        }
        return ids;
    }

    Status add(Database &db, const RollCall &rc, RollCallStoreCounts &counts)
    {
        bindValues(insert, rc);
        if (auto ran = insert.run(); !ran)
            return ran;
        const qint64 id = db.lastInsertRowId();
        for (const RollCallVote &v : rc.votes) {
            pendingVotes.append({id, &v});
            if (pendingVotes.size() == kVotesPerInsert) {
                if (auto written = writePendingVotes(); !written)
                    return written;
            }
        }
        counts.votesAdded += rc.votes.size();
        ++counts.rollCallsAdded;
        return rc.issuesKnown ? writeIssues(id, rc.issues) : success();
    }

    // Brings a stored roll call to what `rc` says; true when anything changed.
    Result<bool> correct(Database &db, qint64 id, const RollCall &rc, RollCallStoreCounts &counts)
    {
        const qint64 before = db.totalChanges();
        bindValues(update, rc);
        if (auto ran = update.run(); !ran)
            return ran.error();
        bool changed = db.totalChanges() != before;

        QHash<QString, StoredVote> stored;
        votes.bind(1, id);
        while (true) {
            auto row = votes.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            stored.insert(votes.columnText(0), {rollCallPositionFromName(votes.columnText(1))
                                                    .value_or(RollCallPosition::NonVoting),
                                                votes.columnText(2)});
        }
        votes.reset();
        for (const RollCallVote &v : rc.votes) {
            const auto it = stored.constFind(v.code);
            if (it == stored.cend()) {
                if (auto ran = writeVote(insertVote, id, v); !ran)
                    return ran.error();
                ++counts.votesAdded;
                changed = true;
                continue;
            }
            if (it->position != v.position || it->note != v.note) {
                if (auto ran = writeVote(updateVote, id, v); !ran)
                    return ran.error();
                ++counts.votesUpdated;
                changed = true;
            } else {
                ++counts.votesUnchanged;
            }
            stored.erase(it);
        }
        // A state the newer file no longer lists on this roll call was a wrong row.
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            deleteVote.bind(1, id).bind(2, it.key());
            if (auto ran = deleteVote.run(); !ran)
                return ran.error();
            ++counts.votesRemoved;
            changed = true;
        }
        if (rc.issuesKnown) {
            auto issuesBefore = storedIssues(id);
            if (!issuesBefore)
                return issuesBefore.error();
            if (*issuesBefore != rc.issues) {
                deleteIssues.bind(1, id);
                if (auto ran = deleteIssues.run(); !ran)
                    return ran.error();
                if (auto written = writeIssues(id, rc.issues); !written)
                    return written.error();
                changed = true;
            }
        }
        return changed;
    }
};

Status storeIssueNames(Database &db, const QList<RollCall> &rollCalls,
                       const QList<RollCallIssue> &issueNames)
{
    auto named = Statement::prepare(db, R"(
        INSERT INTO vote_issue (code, name) VALUES (?1, ?2)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name WHERE name IS NOT excluded.name)");
    auto unnamed =
        Statement::prepare(db, "INSERT OR IGNORE INTO vote_issue (code, name) VALUES (?1, '')");
    if (!named)
        return named.error();
    if (!unnamed)
        return unnamed.error();
    for (const RollCallIssue &issue : issueNames) {
        named->bind(1, issue.code).bind(2, issue.name);
        if (auto ran = named->run(); !ran)
            return ran;
    }
    QSet<QString> codes;
    for (const RollCall &rc : rollCalls) {
        for (const QString &code : rc.issues)
            codes.insert(code);
    }
    for (const QString &code : codes) {
        unnamed->bind(1, code);
        if (auto ran = unnamed->run(); !ran)
            return ran;
    }
    return success();
}

// A load that at least doubles the stored votes (the first import of a record, above all) writes
// them with the secondary indexes dropped and builds those once at the end; a smaller one keeps
// them up to date as it goes, which is cheaper than rebuilding over all the rows already there.
Result<std::optional<DeferredIndexes>>
deferIndexesForLargeLoad(Database &db, const QList<RollCall> &rollCalls,
                         const QList<std::optional<qint64>> &storedIds)
{
    qint64 newVotes = 0;
    for (qsizetype i = 0; i < rollCalls.size(); ++i) {
        if (!storedIds[i])
            newVotes += rollCalls[i].votes.size();
    }
    auto count = Statement::prepare(db, "SELECT count(*) FROM roll_call_vote");
    if (!count)
        return count.error();
    auto row = count->step();
    if (!row)
        return row.error();
    const qint64 storedVotes = count->columnInt64(0);
    count->reset(); // no DROP INDEX while a statement reads the table
    if (newVotes == 0 || newVotes < storedVotes)
        return std::optional<DeferredIndexes>();
    auto dropped = DeferredIndexes::drop(db, "roll_call_vote");
    if (!dropped)
        return dropped.error();
    return std::optional<DeferredIndexes>(std::move(dropped).value());
}

} // namespace

Result<RollCallStoreCounts> storeRollCalls(Database &db, const QList<RollCall> &rollCalls,
                                           const QList<RollCallIssue> &issueNames,
                                           const QList<Entity> &entities)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto upserted = upsertEntities(db, entities); !upserted)
        return upserted.error();
    if (auto named = storeIssueNames(db, rollCalls, issueNames); !named)
        return named.error();
    auto writer = Writer::prepare(db);
    if (!writer)
        return writer.error();
    auto storedIds = writer->findStored(rollCalls);
    if (!storedIds)
        return storedIds.error();
    auto deferred = deferIndexesForLargeLoad(db, rollCalls, *storedIds);
    if (!deferred)
        return deferred.error();
    RollCallStoreCounts counts;
    for (qsizetype i = 0; i < rollCalls.size(); ++i) {
        const RollCall &rc = rollCalls[i];
        const std::optional<qint64> &id = storedIds->at(i);
        if (!id) {
            if (auto added = writer->add(db, rc, counts); !added)
                return added.error();
            continue;
        }
        auto changed = writer->correct(db, *id, rc, counts);
        if (!changed)
            return changed.error();
        ++(*changed ? counts.rollCallsUpdated : counts.rollCallsUnchanged);
    }
    if (auto written = writer->writePendingVotes(); !written)
        return written.error();
    if (*deferred) {
        if (auto rebuilt = (*deferred)->rebuild(); !rebuilt)
            return rebuilt.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return counts;
}

} // namespace Rapporteur::Storage
