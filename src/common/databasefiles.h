#pragma once

#include <QString>

namespace Rapporteur {

// The database files this process has open through SQLite, so that nothing else in the process
// ever opens them. SQLite's locks are POSIX advisory locks, which belong to the process: a
// close() of any other descriptor on the file (an importer reading it, an export writing it, a
// file dialog sniffing its type) silently drops every lock the process holds on it, and another
// process may then delete the write-ahead log under the open connection. Checks use stat(),
// never open(), for the same reason.
namespace DatabaseFiles {

// Called by Storage::Database for each connection to a file (counted; the same file may be
// open on several connections).
void connectionOpened(const QString &path);
void connectionClosed(const QString &path);

// True when path names (through any link or alias) a database file this process has open, or
// its -wal, -shm or -journal file. A path that does not exist is none of them.
bool isOpenDatabaseFile(const QString &path);

} // namespace DatabaseFiles

} // namespace Rapporteur
