#pragma once

#include "common/result.h"

#include <QByteArray>

namespace Rapporteur::Fuzz {

// Imports a REFI-QDA project into an in-memory corpus that holds the small coding fixture
// (tests/fixtures/coding-small.zh.txt as A/00/1), inside a transaction that is rolled back: every
// input meets the same corpus, so a finding reproduces from its input alone.
void importIntoSampleCorpus(const QByteArray &archive);

} // namespace Rapporteur::Fuzz
