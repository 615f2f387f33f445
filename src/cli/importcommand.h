#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// import [--symbol SYM] [--json] FILE...: reads, segments and stores the files as one unit.
int runImport(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
