#pragma once

#include "common/parseddocument.h"
#include "segmentation/reflow.h"

#include <QString>

namespace Rapporteur::Test {

// The reading chain without storage: decode, classify lines, reflow, segment.
ParsedDocument readDocument(const QString &path);
Segmentation::ReflowResult reflowText(const QString &text);

} // namespace Rapporteur::Test
