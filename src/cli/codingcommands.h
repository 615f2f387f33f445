#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// Qualitative coding (issue 7). Offsets are code points within a paragraph's text.
const CommandSpec &codesCommand();
const CommandSpec &codingCommand();
const CommandSpec &codingsCommand();
const CommandSpec &memoCommand();
} // namespace Rapporteur::Cli
