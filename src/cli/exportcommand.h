#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// export --format csv|json|qdpx|qdc --out FILE [--code PATH] [--coder NAME]
// (csv, json: codings, filtered as `codings`; qdpx: the REFI-QDA project; qdc: the codebook)
int runExport(CommandContext &context, const QStringList &args);
// import-qda FILE [--json]: a REFI-QDA project (.qdpx) or codebook (.qdc)
int runImportQda(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
