#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// groups [--json] | groups add NAME CODE... [--name-zh NAME] [--json] | groups remove NAME:
// the built-in groups of data/groups.tsv and the user's own (docs/blocs.md).
int runGroups(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
