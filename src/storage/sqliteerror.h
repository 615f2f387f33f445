#pragma once

#include "common/error.h"

#include <QString>

struct sqlite3;

namespace Rapporteur::Storage {

// The one place where an SQLite result code becomes words for the user. A failure whose cause
// the user can act on gets a sentence of its own: another program writing (busy, locked), a
// full disk, a file that cannot be written, a damaged file, an input/output error. Anything else
// (a constraint, a bug of ours) keeps the caller's sentence, `otherwise`. The detail carries
// SQLite's own message and code, plus `context` (the statement) when given.
Error sqliteError(sqlite3 *db, int rc, const QString &otherwise, const QString &context = {});

// The sentence sqliteError gives for rc, or an empty string when it would keep the caller's.
QString sqliteReason(int rc);

} // namespace Rapporteur::Storage
