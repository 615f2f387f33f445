#pragma once

#include <QString>

namespace Rapporteur::Text {

// The UTF-8 text of a file compiled into the program (":/rapporteur/data/entities.tsv"). A
// missing one means a broken build, not bad input: the program stops with a message naming it.
QString readBuiltInResource(const QString &path);

} // namespace Rapporteur::Text
