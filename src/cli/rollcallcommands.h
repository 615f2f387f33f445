#pragma once

#include "storage/rollcallrepository.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Rapporteur::Cli {
class CommandContext;

// import-votes FILE... [--max-input-size MB] [--json]: vote data sets (UN Digital Library,
// Voeten's tables) in one transaction.
int runImportVotes(CommandContext &context, const QStringList &args);

// The options that choose plenary roll calls for an analysis (agreement, clusters, cohesion):
// --session N, --sessions A-B, --issue CODE, --important.
void addRollCallSelectionOptions(QCommandLineParser &parser);
// After parsing: `query` empty when none of them is given (the corpus's committee votes are
// analysed), else the roll calls asked for. Empty: go on; otherwise a usage error was reported
// and this is the exit status.
std::optional<int> rollCallSelection(const QCommandLineParser &parser,
                                     std::optional<Storage::RollCallQuery> &query);

// The options `votes` takes for recorded plenary votes: --session N, --resolution SYM, --csv.
void addRollCallOptions(QCommandLineParser &parser);
// Whether the parsed options ask for plenary roll calls instead of committee votes.
bool wantsRollCalls(const QCommandLineParser &parser);
// A roll call as `votes --session N --json` gives it.
QJsonObject rollCallJson(const Storage::RollCall &rc);

// votes --session N | --resolution SYM [--json|--csv], after parsing.
int printRollCalls(CommandContext &context, const QCommandLineParser &parser);
} // namespace Rapporteur::Cli
