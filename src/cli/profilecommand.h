#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// profile ENTITY: what the corpus and the voting record hold about a state (its submissions,
// votes, sponsorships, plenary tallies, votes and series), and with --with its agreement with each
// of those states session by session.
const CommandSpec &profileCommand();
} // namespace Rapporteur::Cli
