#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// align SYM: two language versions of a document, submission with submission and paragraph with
// paragraph (pairs of ids with a score), and where their votes and sponsors differ.
const CommandSpec &alignCommand();
} // namespace Rapporteur::Cli
