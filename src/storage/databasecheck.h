#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace Rapporteur::Storage {

class Database;

// One thing a check found wrong, in words.
struct CheckFinding
{
    QString check;   // "integrity", "foreign_keys" or "search_index"
    QString message; // one sentence, fit for a dialog or a line on the terminal
};

// What checkDatabase ran and what it found. Damage is a finding, not an Error: the report is the
// answer the user asked for.
struct CheckReport
{
    QStringList checked; // what ran: "integrity_check", "foreign_key_check", FTS tables
    QStringList notes;   // what could not run and why (not problems)
    QList<CheckFinding> problems;
    bool sound() const { return problems.isEmpty(); }
};

// SQLite's integrity and foreign-key checks, then each FTS5 index's own check against the text it
// indexes (which needs the search tokenizer: every Database connection has it). The FTS check is
// written as an INSERT, so it takes the write lock for its duration and waits (busy timeout) for
// a writer in another process; on a read-only connection it is skipped with a note. An Error
// means a check could not run (busy, I/O), never that it found damage.
Result<CheckReport> checkDatabase(const Database &db);

// PRAGMA integrity_check alone, on any connection (the backup checks its copy with it): the
// problems SQLite lists, empty when the file is sound.
Result<QStringList> integrityProblems(sqlite3 *handle);

} // namespace Rapporteur::Storage
