#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// The corpus as imported: its documents, submissions and paragraphs, and a document's symbol.
const CommandSpec &documentsCommand();
const CommandSpec &submissionsCommand();
const CommandSpec &showCommand();
const CommandSpec &paragraphsCommand();
const CommandSpec &renameCommand();
} // namespace Rapporteur::Cli
