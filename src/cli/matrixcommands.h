#pragma once

namespace Rapporteur::Cli {
struct CommandSpec;

// Retrieval matrices of qualitative coding (issue 7), computed by src/coding/retrieval.h. Each
// cell is a count with the ids behind it in JSON, so that a script can fetch the segments.
// matrix: codes × states, or codes × the positions taken on one recorded vote; cells count
// codings.
const CommandSpec &matrixCommand();
// cooccurrence: codes × codes; cells count the paragraphs where both codes were applied.
const CommandSpec &cooccurrenceCommand();
} // namespace Rapporteur::Cli
