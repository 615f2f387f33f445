#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// align SYM [--lang A --with B] [--json]: two language versions of a document, submission with
// submission and paragraph with paragraph (pairs of ids with a score), and where their votes and
// sponsors differ
int runAlign(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
