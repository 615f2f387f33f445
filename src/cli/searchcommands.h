#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// Ranked search and the concordance, over the same filters.
const CommandSpec &searchCommand();
const CommandSpec &kwicCommand();
} // namespace Rapporteur::Cli
