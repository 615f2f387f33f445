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
// The same for a file already identified by stat()/fstat(): for a descriptor opened after the
// check by path, so that a path swapped in between is still caught.
bool isOpenDatabaseFile(quint64 device, quint64 inode);
// True when path is the -wal, -shm or -journal of an open database (not the database itself):
// handed to SQLite as a database, it would be opened, found not to be one, and closed.
bool isCompanionOfOpenDatabase(const QString &path);

} // namespace DatabaseFiles

} // namespace Rapporteur
