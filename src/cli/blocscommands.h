#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// Voting blocs (issue 8); see docs/blocs.md.

// agreement [--votes LABEL,...] [--abstain half|disagree] [--non-voting exclude|count]
//           [--order name|cluster] [--kappa] [--json|--csv]
// (reached through runAgreement when no --coder is given)
int runVoteAgreement(CommandContext &context, const QStringList &args);
// clusters --k N [--votes LABEL,...] [--abstain …] [--non-voting …] [--json]
int runClusters(CommandContext &context, const QStringList &args);
// map: the states placed by their agreement (classical multidimensional scaling), as CSV
// (session,code,group,x,y) or JSON.
int runVoteMap(CommandContext &context, const QStringList &args);
// cohesion --group NAME [--votes LABEL,...] [--json]
int runCohesion(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
