#pragma once

#include "common/parseddocument.h"
#include "segmentation/reflow.h"

#include <QString>
#include <QStringList>

namespace Rapporteur::Test {

// The reading chain without storage: decode, classify lines, reflow, segment.
ParsedDocument readDocument(const QString &path);
Segmentation::ReflowResult reflowText(const QString &text);
// The entity codes of a list of names, in order (empty where a name resolved to nothing).
QStringList entityCodes(const QList<NamedEntity> &names);

} // namespace Rapporteur::Test
