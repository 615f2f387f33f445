#pragma once

#include <QString>

#include <optional>

namespace Rapporteur::Storage {

// Whether this process holds a POSIX advisory lock on the file at path, from the kernel's own
// table (/proc/locks), without opening the file: opening and closing a descriptor on it would
// itself drop the locks. False when the file does not exist; nullopt where the table cannot be
// read (not Linux, or /proc not mounted), when the answer is unknown.
std::optional<bool> processHoldsLockOn(const QString &path);

// Whether the kernel's lock table shows this process's locks as this process's, found once by
// locking a temporary file of our own and looking for it: under another PID namespace, or
// without /proc, it does not, and a lock that seems missing says nothing.
bool lockTableShowsThisProcess();

} // namespace Rapporteur::Storage
