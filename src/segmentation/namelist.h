#pragma once

#include "referencedata/entityregistry.h"

#include "common/recordedvote.h"
#include "text/languagerules.h"

#include <QList>
#include <QString>

namespace Rapporteur::Segmentation {

// Reads a list of states as UN texts write them: names separated by the language's separators
// ("、", commas), the last one sometimes joined by its conjunction
// ("…委内瑞拉玻利瓦尔共和国和津巴布韦", "Sweden and Ukraine"), a closing full stop. Names that
// contain the conjunction themselves (安提瓜和巴布达, Bosnia and Herzegovina) stay whole: a split
// is taken only when both halves are names. A name that resolves to nothing is kept with an empty
// entityCode.
QList<NamedEntity> readNameList(const QString &text, const ReferenceData::EntityRegistry &entities,
                                const Text::LanguageRules &language);

} // namespace Rapporteur::Segmentation
