#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// refs [TARGET] [--json]: a document (any citation form) or a treaty, regime or organisation →
// the paragraphs that cite it; without TARGET, every cited target.
// refs --matrix [--json|--csv]: how often each state's submissions name each instrument.
int runRefs(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
