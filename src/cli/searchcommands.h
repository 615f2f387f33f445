#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// search QUERY [--document SYM] [--entity CODE] [--position P --vote LABEL] [--section S]
//        [--limit N] [--json]
int runSearch(CommandContext &context, const QStringList &args);
// kwic TERM [same filters] [--sort corpus|left|right] [--context N] [--json|--csv]
int runKwic(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
