#include "rollcallpositions.h"

#include "rollcallrepository.h"
#include "statement.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <string_view>

namespace Rapporteur::Storage {

namespace {

constexpr std::array kPositions{RollCallPosition::Yes, RollCallPosition::No,
                                RollCallPosition::Abstain, RollCallPosition::NonVoting};

// The stored names of the positions as bytes, compared with each row's bytes as they come.
struct PositionNames
{
    std::array<QByteArray, kPositions.size()> names;
    PositionNames()
    {
        for (std::size_t i = 0; i < kPositions.size(); ++i)
            names[i] = rollCallPositionName(kPositions[i]).toUtf8();
    }
    quint8 cellOf(QByteArrayView stored) const
    {
        for (std::size_t i = 0; i < kPositions.size(); ++i) {
            if (stored == names[i])
                return static_cast<quint8>(kPositions[i]);
        }
        return static_cast<quint8>(RollCallPosition::NonVoting); // as find() reads an unknown name
    }
};

} // namespace

RollCallPositionTable RollCallPositionTable::columns(const QList<qsizetype> &chosen) const
{
    RollCallPositionTable out;
    out.codes = codes;
    for (const qsizetype c : chosen)
        out.rollCalls.append(rollCalls[c]);
    out.cells.reserve(static_cast<std::size_t>(codes.size() * chosen.size()));
    const qsizetype width = rollCalls.size();
    for (qsizetype row = 0; row < codes.size(); ++row) {
        for (const qsizetype c : chosen)
            out.cells.push_back(cells[static_cast<std::size_t>(row * width + c)]);
    }
    return out;
}

QList<std::pair<QString, QList<qsizetype>>> RollCallPositionTable::columnsBySession() const
{
    QList<std::pair<QString, QList<qsizetype>>> out;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype c = 0; c < rollCalls.size(); ++c) {
        const QString &session = rollCalls[c].session;
        auto found = indexOf.constFind(session);
        if (found == indexOf.cend()) {
            found = indexOf.insert(session, out.size());
            out.append({session, {}});
        }
        out[*found].second.append(c);
    }
    return out;
}

Result<RollCallPositionTable> readRollCallPositions(Database &db, const RollCallQuery &query)
{
    auto found = RollCallRepository(db).findWithoutVotes(query);
    if (!found)
        return found.error();
    RollCallPositionTable table;
    table.rollCalls = std::move(*found);
    const auto columns = static_cast<std::size_t>(table.rollCalls.size());

    auto stored = Statement::prepare(db, "SELECT count(*) FROM roll_call");
    if (!stored)
        return stored.error();
    if (auto row = stored->step(); !row)
        return row.error();
    // Most of the record chosen: one pass over every vote row, skipping the few not chosen
    // below, is faster than looking each chosen roll call up (all 6,203 roll calls: a third of
    // the time). A few sessions: only their rows are read.
    const bool readAll = 2 * qint64(columns) >= stored->columnInt64(0);
    auto votes = Statement::prepare(
        db, (QByteArray("SELECT v.roll_call_id, v.entity_code, v.position FROM roll_call_vote v ") +
             (readAll ? QByteArray()
                      : "WHERE v.roll_call_id IN (SELECT id FROM roll_call" +
                            RollCallQuery::whereSql() + ")") +
             " ORDER BY v.roll_call_id, v.entity_code")
                .constData());
    if (!votes)
        return votes.error();
    if (!readAll)
        query.bindTo(*votes);
    const PositionNames names;
    // The codes met so far, sorted, each with its row. A roll call's rows come sorted by code
    // and most roll calls have nearly the same members, so a cursor moving forward through this
    // list finds each row's code in a comparison or two: no hashing of a million codes.
    std::vector<std::pair<std::string, std::size_t>> known;
    std::vector<std::pair<QString, std::vector<quint8>>> rows; // code, cells
    std::size_t cursor = 0;
    std::size_t lastId = 0;
    const auto rowOf = [&](std::string_view code) {
        while (cursor < known.size() && std::string_view(known[cursor].first) < code)
            ++cursor;
        if (cursor == known.size() || known[cursor].first != code) {
            known.insert(known.begin() + std::ptrdiff_t(cursor), {std::string(code), rows.size()});
            rows.emplace_back(QString::fromUtf8(code.data(), qsizetype(code.size())),
                              std::vector<quint8>(columns, RollCallPositionTable::kNoRow));
        }
        return known[cursor++].second;
    };
    // Roll call ids are small (AUTOINCREMENT from 1): a column by id is a plain index.
    qint64 largestId = 0;
    for (const RollCall &rc : std::as_const(table.rollCalls))
        largestId = std::max(largestId, rc.id);
    constexpr std::size_t kNotChosen = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> columnOf(static_cast<std::size_t>(largestId) + 1, kNotChosen);
    for (std::size_t c = 0; c < columns; ++c)
        columnOf[static_cast<std::size_t>(table.rollCalls[qsizetype(c)].id)] = c;
    if (auto read = votes->forEachRow([&] {
            const auto id = static_cast<std::size_t>(votes->columnInt64(0));
            if (id >= columnOf.size() || columnOf[id] == kNotChosen)
                return; // a roll call imported between the two reads: the next read has it
            if (id != lastId) {
                cursor = 0;
                lastId = id;
            }
            const QByteArrayView code = votes->columnUtf8(1);
            rows[rowOf(std::string_view(code.data(), std::size_t(code.size())))]
                .second[columnOf[id]] = names.cellOf(votes->columnUtf8(2));
        });
        !read)
        return read.error();

    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    table.cells.reserve(rows.size() * columns);
    for (const auto &[code, cells] : rows) {
        table.codes.append(code);
        table.cells.insert(table.cells.end(), cells.cbegin(), cells.cend());
    }
    return table;
}

} // namespace Rapporteur::Storage
