#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// `agreement` names two commands: agreement between two coders (issue 7, `agreement --coder A
// --coder B [--exclude-uncoded] [--json]`) and agreement between states' votes (issue 8,
// `agreement [--votes …] --json`, a {codes, matrix} of voting blocs). --coder tells them apart.
int runAgreement(CommandContext &context, const QStringList &args);

// agreement --coder A --coder B [--exclude-uncoded] [--json]
int runCoderAgreement(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
