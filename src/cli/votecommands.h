#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

int runVotes(CommandContext &context, const QStringList &args); // votes [--document SYM] [--json]
int runSponsors(CommandContext &context,
                const QStringList &args); // sponsors [--document SYM] [--json]
int runResolution(CommandContext &context,
                  const QStringList &args); // resolution [--document SYM] [--json]
int runProfile(CommandContext &context, const QStringList &args); // profile ENTITY [--json]
} // namespace Rapporteur::Cli
