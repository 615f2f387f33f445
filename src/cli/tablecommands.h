#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// tables DOCUMENT [--json]: a document's tables (DOCUMENT is its symbol or its id)
int runTables(CommandContext &context, const QStringList &args);
// table ID [--csv|--json] [--out FILE]: one table, whole
int runTable(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
