#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// votes [--document SYM] [--json] | votes --session N | --resolution SYM [--json|--csv]
int runVotes(CommandContext &context, const QStringList &args);
int runSponsors(CommandContext &context,
                const QStringList &args); // sponsors [--document SYM] [--json]
int runResolution(CommandContext &context,
                  const QStringList &args); // resolution [--document SYM] [--json]
} // namespace Rapporteur::Cli
