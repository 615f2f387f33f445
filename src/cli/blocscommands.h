#pragma once

class QCommandLineParser;

namespace Rapporteur::Cli {
class CommandContext;
class Syntax;
struct CommandSpec;

// Voting blocs (issue 8); see docs/blocs.md.

// agreement over votes: reached through `agreement` when no --coder is given.
Syntax voteAgreementForm();
int runVoteAgreement(CommandContext &context, const QCommandLineParser &parser);

const CommandSpec &clustersCommand();
const CommandSpec &mapCommand();
const CommandSpec &cohesionCommand();
} // namespace Rapporteur::Cli
