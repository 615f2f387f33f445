#pragma once

#include <QString>

namespace Rapporteur::Workflow {

// The database both executables open when none is named: rapporteur.sqlite in the per-user data
// folder (on Linux ~/.local/share/rapporteur/).
QString defaultDatabasePath();

} // namespace Rapporteur::Workflow
