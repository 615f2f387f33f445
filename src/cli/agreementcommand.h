#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// `agreement` names two commands: agreement between two coders (issue 7, `agreement --coder A
// --coder B [--exclude-uncoded] [--json]`) and agreement between states' votes (issue 8,
// `agreement [--votes …] --json`, a {codes, matrix} of voting blocs). --coder tells them apart.
const CommandSpec &agreementCommand();
} // namespace Rapporteur::Cli
