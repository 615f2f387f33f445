#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// The codings out (CSV, JSON, REFI-QDA) and a REFI-QDA project or codebook in.
const CommandSpec &exportCommand();
const CommandSpec &importQdaCommand();
} // namespace Rapporteur::Cli
