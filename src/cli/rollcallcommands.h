#pragma once

#include "storage/rollcallrepository.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Rapporteur::Cli {
class CommandContext;
class Syntax;
struct CommandSpec;

// import-votes FILE...: vote data sets (UN Digital Library, Voeten's tables) in one transaction.
const CommandSpec &importVotesCommand();

// The options that choose plenary roll calls for an analysis (agreement, clusters, cohesion):
// [--session N|--sessions A-B] [--issue CODE] [--important] [--title WORDS].
Syntax rollCallSelectionSyntax();
// After parsing: `query` empty when none of them is given (the corpus's committee votes are
// analysed), else the roll calls asked for. Empty: go on; otherwise a usage error was reported
// and this is the exit status.
std::optional<int> rollCallSelection(const QCommandLineParser &parser,
                                     std::optional<Storage::RollCallQuery> &query);

// The form of `votes` for recorded plenary votes: --session N|--resolution SYM [--json|--csv].
Syntax rollCallForm();
// Whether the parsed options ask for plenary roll calls instead of committee votes.
bool wantsRollCalls(const QCommandLineParser &parser);
// A roll call as `votes --session N --json` gives it.
QJsonObject rollCallJson(const Storage::RollCall &rc);

// votes --session N | --resolution SYM [--json|--csv], after parsing.
int printRollCalls(CommandContext &context, const QCommandLineParser &parser);
} // namespace Rapporteur::Cli
