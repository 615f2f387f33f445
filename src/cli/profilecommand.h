#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// profile ENTITY [--with STATE,...] [--json]: what the corpus and the voting record hold about a
// state (its submissions, votes, sponsorships, plenary tallies, votes and series), and with --with
// its agreement with each of those states session by session.
int runProfile(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
