#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// A document's recorded votes (or the plenary's roll calls), its sponsors, and its draft
// resolution.
const CommandSpec &votesCommand();
const CommandSpec &sponsorsCommand();
const CommandSpec &resolutionCommand();
} // namespace Rapporteur::Cli
