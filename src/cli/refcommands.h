#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// refs [TARGET]: a document (any citation form) or a treaty, regime or organisation → the
// paragraphs that cite it; without TARGET, every cited target.
// refs --matrix: how often each state's submissions name each instrument.
const CommandSpec &refsCommand();
} // namespace Rapporteur::Cli
