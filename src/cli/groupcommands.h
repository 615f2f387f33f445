#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// groups: the built-in groups of data/groups.tsv and the user's own (docs/blocs.md).
const CommandSpec &groupsCommand();
} // namespace Rapporteur::Cli
