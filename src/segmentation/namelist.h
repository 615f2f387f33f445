#pragma once

#include "entityregistry.h"

#include "common/recordedvote.h"

#include <QList>
#include <QString>

namespace Rapporteur::Segmentation {

// Reads a list of states as UN texts write them: names separated by "、" (or commas), the last
// one sometimes joined by "和" ("…委内瑞拉玻利瓦尔共和国和津巴布韦"), a closing "。". Names that
// contain "和" themselves (安提瓜和巴布达) stay whole: a split is taken only when both halves are
// names. A name that resolves to nothing is kept with an empty entityCode.
QList<NamedEntity> readNameList(const QString &text, const EntityRegistry &entities);

} // namespace Rapporteur::Segmentation
