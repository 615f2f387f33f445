#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// check: SQLite's integrity and foreign-key checks and the search indexes' own check, in words;
// exit status 0 when the database is sound, ExitBadInput when it is not.
const CommandSpec &checkCommand();
// backup DEST: a consistent copy with SQLite's online backup, safe while another program writes.
const CommandSpec &backupCommand();
} // namespace Rapporteur::Cli
