#include "voetentables.h"

#include "csvreader.h"
#include "stateresolver.h"
#include "votefilekind.h"

#include <QBitArray>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace Rapporteur::RollCalls {

namespace {

using Storage::RollCall;
using Storage::RollCallPosition;

bool isMissing(const CsvField &field)
{
    return !field.quoted && field.text == "NA";
}

QString textOrEmpty(const CsvField &field)
{
    return isMissing(field) ? QString() : QString::fromUtf8(field.text);
}

// Opens a table: its header must be the one of `kind`.
Result<CsvReader> open(const VoetenTable &table, VoteFileKind kind, qsizetype &width)
{
    CsvReader reader(table.data, table.shownName);
    CsvRecord header;
    auto read = reader.next(header);
    if (!read)
        return read.error();
    if (!*read || voteFileKind(header) != kind)
        return reader.errorAt(
            1, QStringLiteral("the header is not that of %1").arg(voteFileKindName(kind)));
    width = header.fields.size();
    return reader;
}

Status checkWidth(const CsvReader &reader, const CsvRecord &row, qsizetype width)
{
    if (row.fields.size() == width)
        return success();
    return reader.errorAt(
        row.line,
        QStringLiteral("%1 fields where the header has %2").arg(row.fields.size()).arg(width));
}

Result<qint64> rcidOf(const CsvReader &reader, const CsvRecord &row)
{
    bool ok = false;
    const qint64 rcid = row.fields[0].text.toLongLong(&ok);
    if (!ok || rcid <= 0)
        return reader.errorAt(
            row.line,
            QStringLiteral("the rcid %1 is not a positive number").arg(fieldText(row, 0)));
    return rcid;
}

// The index in rollCalls of the row's rcid, which un_roll_calls must have given.
Result<qsizetype> rollCallOf(const CsvReader &reader, const CsvRecord &row,
                             const QHash<qint64, qsizetype> &byRcid)
{
    auto rcid = rcidOf(reader, row);
    if (!rcid)
        return rcid.error();
    const auto at = byRcid.constFind(*rcid);
    if (at == byRcid.cend())
        return reader.errorAt(row.line,
                              QStringLiteral("the rcid %1 is not in un_roll_calls").arg(*rcid));
    return *at;
}

// 0/1, or NA for "not coded".
Result<std::optional<bool>> flagOf(const CsvReader &reader, const CsvRecord &row, qsizetype column,
                                   const char *name)
{
    const CsvField &field = row.fields[column];
    if (isMissing(field))
        return std::optional<bool>();
    if (field.text == "0" || field.text == "1")
        return std::optional<bool>(field.text == "1");
    return reader.errorAt(row.line, QStringLiteral("%1 is %2, not 0, 1 or NA")
                                        .arg(QString::fromLatin1(name), fieldText(row, column)));
}

// Reads a table whose header must be that of `kind`: hands each row, once it is known to have the
// header's width, to `readRow(reader, row)`, which returns a Status; the first error ends it.
template <typename ReadRow>
Status readRows(const VoetenTable &table, VoteFileKind kind, ReadRow readRow)
{
    qsizetype width = 0;
    auto reader = open(table, kind, width);
    if (!reader)
        return reader.error();
    CsvRecord row;
    while (true) {
        auto more = reader->next(row);
        if (!more)
            return more.error();
        if (!*more)
            return success();
        if (auto ok = checkWidth(*reader, row, width); !ok)
            return ok;
        if (auto ok = readRow(std::as_const(*reader), std::as_const(row)); !ok)
            return ok;
    }
}

std::optional<RollCallPosition> positionOfWord(const QByteArray &word)
{
    if (word == "yes")
        return RollCallPosition::Yes;
    if (word == "no")
        return RollCallPosition::No;
    if (word == "abstain")
        return RollCallPosition::Abstain;
    return std::nullopt;
}

Status readRollCalls(const VoetenTable &table, QList<RollCall> &rollCalls,
                     QHash<qint64, qsizetype> &byRcid)
{
    const auto readRollCall = [&](const CsvReader &reader, const CsvRecord &row) -> Status {
        auto rcid = rcidOf(reader, row);
        if (!rcid)
            return rcid.error();
        if (byRcid.contains(*rcid))
            return reader.errorAt(row.line,
                                  QStringLiteral("the rcid %1 is given twice").arg(*rcid));
        RollCall rc;
        rc.source = Storage::RollCallSource::Voeten;
        rc.rcid = *rcid;
        rc.session = textOrEmpty(row.fields[1]).trimmed();
        if (rc.session.isEmpty())
            return reader.errorAt(row.line, QStringLiteral("the session is empty"));
        rc.date = QDate::fromString(fieldText(row, 3), Qt::ISODate);
        if (!rc.date.isValid())
            return reader.errorAt(
                row.line,
                QStringLiteral("the date %1 is not a date (YYYY-MM-DD)").arg(fieldText(row, 3)));
        rc.resolution = textOrEmpty(row.fields[4]).trimmed();
        const std::pair<qsizetype, const char *> flags[] = {
            {2, "importantvote"}, {5, "amend"}, {6, "para"}};
        std::optional<bool> *targets[] = {&rc.important, &rc.amend, &rc.para};
        for (qsizetype i = 0; i < 3; ++i) {
            auto value = flagOf(reader, row, flags[i].first, flags[i].second);
            if (!value)
                return value.error();
            *targets[i] = *value;
        }
        rc.shortTitle = textOrEmpty(row.fields[7]);
        rc.description = textOrEmpty(row.fields[8]);
        byRcid.insert(*rcid, rollCalls.size());
        rollCalls.append(std::move(rc));
        return success();
    };
    return readRows(table, VoteFileKind::VoetenRollCalls, readRollCall);
}

Status readIssues(const VoetenTable &table, QList<RollCall> &rollCalls,
                  const QHash<qint64, qsizetype> &byRcid, QList<Storage::RollCallIssue> &names)
{
    QHash<QString, QString> nameOf;
    const auto readIssue = [&](const CsvReader &reader, const CsvRecord &row) -> Status {
        auto at = rollCallOf(reader, row, byRcid);
        if (!at)
            return at.error();
        const QString code = textOrEmpty(row.fields[1]).trimmed();
        if (code.isEmpty())
            return reader.errorAt(row.line, QStringLiteral("the issue code is empty"));
        if (!nameOf.contains(code)) {
            nameOf.insert(code, textOrEmpty(row.fields[2]));
            names.append(Storage::RollCallIssue{code, nameOf.value(code)});
        }
        QStringList &issues = rollCalls[*at].issues;
        if (!issues.contains(code))
            issues.append(code);
        return success();
    };
    if (auto read = readRows(table, VoteFileKind::VoetenIssues, readIssue); !read)
        return read;
    for (RollCall &rc : rollCalls) {
        rc.issuesKnown = true;
        rc.issues.sort();
    }
    return success();
}

// The states of the votes as small numbers, so that what each roll call lists is an array of
// bytes and each session's members a bit array: sets of codes, and sorting each roll call's list
// by code, were a third of the time of reading the whole record.
class StateNumbers
{
public:
    qsizetype number(const QString &code)
    {
        if (const auto known = m_numbers.constFind(code); known != m_numbers.cend())
            return *known;
        m_numbers.insert(code, m_codes.size());
        m_codes.append(code);
        return m_codes.size() - 1;
    }
    const QString &code(qsizetype number) const { return m_codes[number]; }
    qsizetype count() const { return m_codes.size(); }

private:
    QHash<QString, qsizetype> m_numbers;
    QStringList m_codes;
};

// What each roll call lists, by state number: kUnlisted, or the RollCallPosition as a byte.
constexpr char kUnlisted = char(0xFF);

Status readVotes(const VoetenTable &table, const QList<RollCall> &rollCalls,
                 const QHash<qint64, qsizetype> &byRcid, StateResolver &states,
                 StateNumbers &numbers, QList<QByteArray> &listed)
{
    listed.resize(rollCalls.size());
    const auto readVote = [&](const CsvReader &reader, const CsvRecord &row) -> Status {
        auto at = rollCallOf(reader, row, byRcid);
        if (!at)
            return at.error();
        const auto position = positionOfWord(row.fields[3].text);
        if (!position)
            return reader.errorAt(
                row.line,
                QStringLiteral("the vote %1 is not yes, no or abstain").arg(fieldText(row, 3)));
        const RollCall &rc = rollCalls[*at];
        const CsvField &code = row.fields[2];
        const QString entity =
            states.resolve(code.text, !isMissing(code), row.fields[1].text, rc.date);
        if (entity.isEmpty())
            return reader.errorAt(row.line, QStringLiteral("the state %1 (%2) is not in the "
                                                           "entity table")
                                                .arg(fieldText(row, 1), fieldText(row, 2)));
        const qsizetype state = numbers.number(entity);
        QByteArray &cells = listed[*at];
        if (cells.size() <= state)
            cells.append(numbers.count() - cells.size(), kUnlisted);
        if (cells[state] != kUnlisted)
            return reader.errorAt(row.line, QStringLiteral("%1 is given twice on roll call %2")
                                                .arg(entity)
                                                .arg(rc.rcid.value_or(0)));
        cells[state] = static_cast<char>(*position);
        return success();
    };
    return readRows(table, VoteFileKind::VoetenVotes, readVote);
}

// Each roll call's votes, sorted by code: the states it lists, and as non-voting the members of
// its session it does not list (see readVoetenTables: the members of a session are the states
// that voted in it). Built in code order from `listed`, so that no list is sorted.
void addVotesInCodeOrder(QList<RollCall> &rollCalls, const QList<QByteArray> &listed,
                         const StateNumbers &numbers)
{
    QList<qsizetype> byCode(numbers.count());
    std::iota(byCode.begin(), byCode.end(), 0);
    std::sort(byCode.begin(), byCode.end(),
              [&](qsizetype a, qsizetype b) { return numbers.code(a) < numbers.code(b); });
    QHash<QString, QBitArray> members;
    for (qsizetype i = 0; i < rollCalls.size(); ++i) {
        QBitArray &session = members[rollCalls[i].session];
        session.resize(numbers.count());
        for (qsizetype state = 0; state < listed[i].size(); ++state) {
            if (listed[i][state] != kUnlisted)
                session.setBit(state);
        }
    }
    for (qsizetype i = 0; i < rollCalls.size(); ++i) {
        RollCall &rc = rollCalls[i];
        const QBitArray &session = members[rc.session];
        const QByteArray &cells = listed[i];
        rc.votes.reserve(session.count(true));
        for (const qsizetype state : std::as_const(byCode)) {
            const char cell = state < cells.size() ? cells[state] : kUnlisted;
            if (cell != kUnlisted)
                rc.votes.append({numbers.code(state), static_cast<RollCallPosition>(cell), {}});
            else if (session.testBit(state))
                rc.votes.append({numbers.code(state), RollCallPosition::NonVoting, {}});
        }
    }
}

} // namespace

Result<VoetenData> readVoetenTables(const VoetenTables &tables, StateResolver &states)
{
    if (!tables.rollCalls || !tables.votes) {
        const VoetenTable &given = tables.votes       ? *tables.votes
                                   : tables.rollCalls ? *tables.rollCalls
                                                      : *tables.issues;
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("%1: Voeten's un_votes and un_roll_calls are read together; "
                                    "give both in the same run")
                         .arg(given.shownName),
                     {}};
    }
    VoetenData data;
    QHash<qint64, qsizetype> byRcid;
    if (auto read = readRollCalls(*tables.rollCalls, data.rollCalls, byRcid); !read)
        return read.error();
    if (tables.issues) {
        if (auto read = readIssues(*tables.issues, data.rollCalls, byRcid, data.issueNames); !read)
            return read.error();
    }
    StateNumbers numbers;
    QList<QByteArray> listed;
    if (auto read = readVotes(*tables.votes, data.rollCalls, byRcid, states, numbers, listed);
        !read)
        return read.error();
    addVotesInCodeOrder(data.rollCalls, listed, numbers);
    return data;
}

} // namespace Rapporteur::RollCalls
