#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// The tables the importer found in a document, and one table whole.
const CommandSpec &tablesCommand();
const CommandSpec &tableCommand();
} // namespace Rapporteur::Cli
