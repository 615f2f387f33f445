#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace Rapporteur {

// Writes an export (CSV, JSON, a codebook, a project, an image) to path, whole or not at all,
// and says so when it could not:
// - a regular file, or a new one, is written to a temporary file in the same folder, synced and
//   checked, then renamed over the target, so a full disk or a crash leaves the old file as it
//   was (a symbolic link is followed: the file it names is replaced, the link kept);
// - a character device (/dev/stdout, /dev/null) or a pipe is written to as such, never replaced;
//   a pipe that no program reads is an error, not a wait;
// - a directory, a block device, a socket, and a database file this process has open
//   (DatabaseFiles) are refused;
// - every failed write, sync or close is an error naming the file and the reason.
Status writeOutputFile(const QString &path, const QByteArray &bytes);

} // namespace Rapporteur
