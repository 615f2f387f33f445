#include "rollcallrepository.h"

#include "database.h"
#include "entitywriter.h"
#include "statement.h"
#include "transaction.h"

#include <QHash>
#include <QSet>

#include <iterator>

namespace Rapporteur::Storage {

namespace {

// The columns a roll call is written with, in the order rollCallValues() binds them (?1 …).
constexpr const char *kColumns[] = {
    "source",           "source_key",    "rcid",
    "undl_id",          "session",       "date",
    "resolution",       "draft",         "committee_report",
    "meeting",          "title",         "agenda_title",
    "subjects",         "short",         "descr",
    "important",        "amend",         "para",
    "total_yes",        "total_no",      "total_abstain",
    "total_non_voting", "total_members", "link",
};
constexpr int kColumnCount = int(std::size(kColumns));

std::optional<QString> textOrNull(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

std::optional<int> flag(const std::optional<bool> &value)
{
    if (!value)
        return std::nullopt;
    return *value ? 1 : 0;
}

void bindValues(Statement &s, const RollCall &rc)
{
    s.bind(1, rollCallSourceName(rc.source))
        .bind(2, rc.sourceKey())
        .bind(3, rc.rcid)
        .bind(4, textOrNull(rc.undlId))
        .bind(5, rc.session)
        .bind(6, rc.date.isValid() ? std::optional<QString>(rc.date.toString(Qt::ISODate))
                                   : std::nullopt)
        .bind(7, textOrNull(rc.resolution))
        .bind(8, textOrNull(rc.draft))
        .bind(9, textOrNull(rc.committeeReport))
        .bind(10, textOrNull(rc.meeting))
        .bind(11, rc.title)
        .bind(12, rc.agendaTitle)
        .bind(13, rc.subjects)
        .bind(14, rc.shortTitle)
        .bind(15, rc.description)
        .bind(16, flag(rc.important))
        .bind(17, flag(rc.amend))
        .bind(18, flag(rc.para))
        .bind(19, rc.totalYes)
        .bind(20, rc.totalNo)
        .bind(21, rc.totalAbstain)
        .bind(22, rc.totalNonVoting)
        .bind(23, rc.totalMembers)
        .bind(24, textOrNull(rc.link));
}

QByteArray insertSql()
{
    QByteArray names;
    QByteArray values;
    for (int i = 0; i < kColumnCount; ++i) {
        names += (i ? ", " : "") + QByteArray(kColumns[i]);
        values += (i ? ", ?" : "?") + QByteArray::number(i + 1);
    }
    return "INSERT INTO roll_call (" + names + ") VALUES (" + values + ")";
}

// Updates the roll call with ?1/?2 as its key only where a column differs, so that the number
// of changed rows says whether anything did.
QByteArray updateSql()
{
    QByteArray set;
    QByteArray differs;
    for (int i = 2; i < kColumnCount; ++i) {
        const QByteArray param = "?" + QByteArray::number(i + 1);
        set += (i > 2 ? ", " : "") + QByteArray(kColumns[i]) + " = " + param;
        differs += (i > 2 ? " OR " : "") + QByteArray(kColumns[i]) + " IS NOT " + param;
    }
    return "UPDATE roll_call SET " + set + " WHERE source = ?1 AND source_key = ?2 AND (" +
           differs + ")";
}

QByteArray selectSql(const QByteArray &where)
{
    QByteArray names;
    for (int i = 0; i < kColumnCount; ++i)
        names += ", " + QByteArray(kColumns[i]);
    return "SELECT id" + names + " FROM roll_call" + where +
           " ORDER BY date, source, rcid, undl_id, id";
}

std::optional<bool> flagAt(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.columnInt(column) != 0;
}

std::optional<int> intAt(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.columnInt(column);
}

// Columns as selectSql() lists them: id first, then kColumns from 1.
RollCall rollCallAt(const Statement &s)
{
    RollCall rc;
    rc.id = s.columnInt64(0);
    rc.source = rollCallSourceFromName(s.columnText(1)).value_or(RollCallSource::Voeten);
    if (!s.isNull(3))
        rc.rcid = s.columnInt64(3);
    rc.undlId = s.columnText(4);
    rc.session = s.columnText(5);
    rc.date = QDate::fromString(s.columnText(6), Qt::ISODate);
    rc.resolution = s.columnText(7);
    rc.draft = s.columnText(8);
    rc.committeeReport = s.columnText(9);
    rc.meeting = s.columnText(10);
    rc.title = s.columnText(11);
    rc.agendaTitle = s.columnText(12);
    rc.subjects = s.columnText(13);
    rc.shortTitle = s.columnText(14);
    rc.description = s.columnText(15);
    rc.important = flagAt(s, 16);
    rc.amend = flagAt(s, 17);
    rc.para = flagAt(s, 18);
    rc.totalYes = intAt(s, 19);
    rc.totalNo = intAt(s, 20);
    rc.totalAbstain = intAt(s, 21);
    rc.totalNonVoting = intAt(s, 22);
    rc.totalMembers = intAt(s, 23);
    rc.link = s.columnText(24);
    return rc;
}

struct StoredVote
{
    RollCallPosition position;
    QString note;
};

// The statements one store() runs for every roll call, prepared once.
struct Writer
{
    Statement find, insert, update, votes, insertVote, updateVote, deleteVote, issues, deleteIssues,
        insertIssue;

    static Result<Writer> prepare(Database &db)
    {
        auto find = Statement::prepare(
            db, "SELECT id FROM roll_call WHERE source = ?1 AND source_key = ?2");
        auto insert = Statement::prepare(db, insertSql().constData());
        auto update = Statement::prepare(db, updateSql().constData());
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
        for (const auto *s : {&find, &insert, &update, &votes, &insertVote, &updateVote,
                              &deleteVote, &issues, &deleteIssues, &insertIssue}) {
            if (!*s)
                return s->error();
        }
        return Writer{std::move(find).value(),         std::move(insert).value(),
                      std::move(update).value(),       std::move(votes).value(),
                      std::move(insertVote).value(),   std::move(updateVote).value(),
                      std::move(deleteVote).value(),   std::move(issues).value(),
                      std::move(deleteIssues).value(), std::move(insertIssue).value()};
    }

    Status writeVote(Statement &s, qint64 id, const RollCallVote &v)
    {
        s.bind(1, id).bind(2, v.code).bind(3, rollCallPositionName(v.position)).bind(4, v.note);
        return s.run();
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

    Status add(Database &db, const RollCall &rc, RollCallStoreCounts &counts)
    {
        bindValues(insert, rc);
        if (auto ran = insert.run(); !ran)
            return ran;
        const qint64 id = db.lastInsertRowId();
        for (const RollCallVote &v : rc.votes) {
            if (auto ran = writeVote(insertVote, id, v); !ran)
                return ran;
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

} // namespace

RollCallRepository::RollCallRepository(Database &db) : m_db(db) {}

Result<RollCallStoreCounts> RollCallRepository::store(const QList<RollCall> &rollCalls,
                                                      const QList<RollCallIssue> &issueNames,
                                                      const QList<Entity> &entities)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto upserted = upsertEntities(m_db, entities); !upserted)
        return upserted.error();
    if (auto named = storeIssueNames(m_db, rollCalls, issueNames); !named)
        return named.error();
    auto writer = Writer::prepare(m_db);
    if (!writer)
        return writer.error();
    RollCallStoreCounts counts;
    for (const RollCall &rc : rollCalls) {
        writer->find.bind(1, rollCallSourceName(rc.source)).bind(2, rc.sourceKey());
        auto found = writer->find.step();
        if (!found)
            return found.error();
        const std::optional<qint64> id =
            *found ? std::optional<qint64>(writer->find.columnInt64(0)) : std::nullopt;
        writer->find.reset();
        if (!id) {
            if (auto added = writer->add(m_db, rc, counts); !added)
                return added.error();
            continue;
        }
        auto changed = writer->correct(m_db, *id, rc, counts);
        if (!changed)
            return changed.error();
        ++(*changed ? counts.rollCallsUpdated : counts.rollCallsUnchanged);
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return counts;
}

Result<QList<RollCall>> RollCallRepository::findWithoutVotes(const RollCallQuery &query) const
{
    auto select = Statement::prepare(m_db, selectSql(RollCallQuery::whereSql()).constData());
    if (!select)
        return select.error();
    query.bindTo(*select);
    QList<RollCall> found;
    QHash<qint64, qsizetype> indexOf;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        indexOf.insert(select->columnInt64(0), found.size());
        found.append(rollCallAt(*select));
    }
    // The issues of every chosen roll call in one query rather than one per roll call.
    auto issues = Statement::prepare(
        m_db, (QByteArray("SELECT i.roll_call_id, i.issue FROM roll_call_issue i "
                          "WHERE i.roll_call_id IN (SELECT id FROM roll_call") +
               RollCallQuery::whereSql() + ") ORDER BY i.roll_call_id, i.issue")
                  .constData());
    if (!issues)
        return issues.error();
    query.bindTo(*issues);
    while (true) {
        auto row = issues->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        found[indexOf.value(issues->columnInt64(0))].issues.append(issues->columnText(1));
    }
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
    while (true) {
        auto row = votes->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        (*found)[indexOf.value(votes->columnInt64(0))].votes.append(
            {votes->columnText(1),
             rollCallPositionFromName(votes->columnText(2)).value_or(RollCallPosition::NonVoting),
             votes->columnText(3)});
    }
    return found;
}

} // namespace Rapporteur::Storage
