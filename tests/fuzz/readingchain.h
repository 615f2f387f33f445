#pragma once

#include "common/sourceline.h"

#include <QByteArray>

namespace Rapporteur::Fuzz {

// What an import does with classified lines once a reader made them: reflow, segmentation, the
// committee report's votes and sponsors, the citations in every paragraph. Aborts (a finding)
// when a result breaks what the rest of the program relies on: a footnote anchor or a citation
// outside its paragraph's text.
void readThrough(const SourceText &source);

// Aborts with the broken rule in the message: libFuzzer reports it with the input.
[[noreturn]] void broken(const char *rule);

// Inputs beyond this many bytes are skipped: every stage is meant to be linear, and long inputs
// only slow the search down (libFuzzer's own -max_len keeps most inputs far smaller).
constexpr qsizetype kMaxInput = 64 * 1024;

} // namespace Rapporteur::Fuzz
