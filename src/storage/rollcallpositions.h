#pragma once

#include "rollcallquery.h"
#include "rollcallrecords.h"

#include "common/result.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace Rapporteur::Storage {

class Database;

// Every state's position on a set of roll calls as one table of bytes: the form in which the
// analyses of the whole record (agreement, clusters, the map) read 950,000 rows, in one pass and
// without a string or a list per row.
struct RollCallPositionTable
{
    static constexpr quint8 kNoRow = 0xFF; // the file gives no row: not a member at the time

    QList<RollCall> rollCalls; // columns, in the order of RollCallRepository::find, without votes
    QStringList codes;         // rows: every state with a row in a chosen roll call, by code
    std::vector<quint8> cells; // [row * rollCalls.size() + column]: a RollCallPosition or kNoRow

    // The state's position on the roll call; empty where it has no row.
    std::optional<RollCallPosition> at(qsizetype row, qsizetype column) const
    {
        const quint8 cell = cells[static_cast<std::size_t>(row * rollCalls.size() + column)];
        if (cell == kNoRow)
            return std::nullopt;
        return static_cast<RollCallPosition>(cell);
    }

    // The table of some of its roll calls (column indexes, in the order given); every code stays.
    RollCallPositionTable columns(const QList<qsizetype> &chosen) const;
    // The columns of each session, the sessions in the order they met.
    QList<std::pair<QString, QList<qsizetype>>> columnsBySession() const;
};

// The roll calls the query chooses and every state's position on them.
Result<RollCallPositionTable> readRollCallPositions(Database &db, const RollCallQuery &query);

} // namespace Rapporteur::Storage
