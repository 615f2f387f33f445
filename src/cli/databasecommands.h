#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// check [--json]: SQLite's integrity and foreign-key checks and the search indexes' own check,
// in words; exit status 0 when the database is sound, ExitBadInput when it is not.
int runCheck(CommandContext &context, const QStringList &args);

// backup DEST [--json]: a consistent copy with SQLite's online backup, safe while another
// program writes; DEST is replaced only by a complete, checked copy.
int runBackup(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
