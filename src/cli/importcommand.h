#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// import FILE...: reads, segments and stores the files as one unit.
const CommandSpec &importCommand();
} // namespace Rapporteur::Cli
