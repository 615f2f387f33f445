#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Rapporteur::Cli {
class CommandContext;

// import-votes FILE... [--max-input-size MB] [--json]: vote data sets (UN Digital Library,
// Voeten's tables) in one transaction.
int runImportVotes(CommandContext &context, const QStringList &args);

// The options `votes` takes for recorded plenary votes: --session N, --resolution SYM, --csv.
void addRollCallOptions(QCommandLineParser &parser);
// Whether the parsed options ask for plenary roll calls instead of committee votes.
bool wantsRollCalls(const QCommandLineParser &parser);
// votes --session N | --resolution SYM [--json|--csv], after parsing.
int printRollCalls(CommandContext &context, const QCommandLineParser &parser);
} // namespace Rapporteur::Cli
