#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace Rapporteur {

// The largest input read unless the user sets another limit (Settings, or the command line's
// --max-input-size): far above any UN document (the longest PDFs run to a few tens of MB, their
// text to a few MB), low enough that a wrong file cannot fill the memory.
constexpr qint64 kDefaultMaxInputBytes = qint64(1) << 30; // 1 GiB

// Reads a whole input file (a document, a codebook, a project): a regular file only, never a
// device, a pipe or a socket (which could block forever or never end), never a database file
// this process has open (DatabaseFiles), and never more than maxBytes. Every refusal is an
// UnreadableFile or InvalidInput error whose message says what the path is or what is wrong
// ("no such file", "a loop of symbolic links", "a pipe, not a file", "larger than the limit").
Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes = kDefaultMaxInputBytes);

// The first `bytes` bytes of an input, with the same checks as readInputFile: to recognise a
// file's type without reading all of it.
Result<QByteArray> readInputPrefix(const QString &path, qint64 bytes);

// "1.5 GB", "300 MB", "12 KB": sizes as messages show them.
QString shownSize(qint64 bytes);

} // namespace Rapporteur
