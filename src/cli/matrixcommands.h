#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// Retrieval matrices of qualitative coding (issue 7), computed by src/coding/retrieval.h. Each
// cell is a count with the ids behind it in JSON, so that a script can fetch the segments.

// matrix --by state|position [--vote LABEL] [--document SYM] [--code PATH] [--coder NAME]
//        [--json|--csv]
// Codes × states, or codes × the positions taken on one recorded vote; cells count codings.
int runMatrix(CommandContext &context, const QStringList &args);

// cooccurrence [--coder NAME] [--json|--csv]
// Codes × codes; cells count the paragraphs where both codes were applied.
int runCooccurrence(CommandContext &context, const QStringList &args);

} // namespace Rapporteur::Cli
