#pragma once

#include "common/result.h"

#include <QString>
#include <QtGlobal>

namespace Rapporteur::Storage {

class Database;

struct BackupSummary
{
    QString destination; // the file written (a link given as destination is followed)
    qint64 pages = 0;
    qint64 bytes = 0;
};

// Copies the database `source` is connected to into `destination` with SQLite's online backup,
// a few hundred pages a step. On a WAL database the copy is read in one read transaction, which
// never blocks a writer (the application may go on importing) and gives a consistent snapshot;
// otherwise each step reads under a short lock and the copy restarts when another connection
// writes. The copy is written to a temporary file beside `destination`, checked with
// PRAGMA integrity_check, switched to a rollback journal (one self-contained file) and renamed
// over `destination` only then. Refused, with a one-line message: a folder, anything that is
// not a regular file, the database itself or its -wal/-shm/-journal file (same device and
// inode), and a file that has a -wal or -journal beside it (a database in use, or one a stale
// journal would corrupt once the copy took its name).
Result<BackupSummary> backupDatabase(Database &source, const QString &destination);

} // namespace Rapporteur::Storage
