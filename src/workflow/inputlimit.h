#pragma once

#include <QtGlobal>

namespace Rapporteur::Workflow {

// The settings key (shared by the application and the command line) of the largest input file
// an import reads, in megabytes (10^6 bytes).
inline constexpr char kMaxInputSettingsKey[] = "import/maxInputMB";

// The limit the user set, or kDefaultMaxInputBytes; a value that is not a positive number of
// megabytes reads as the default.
qint64 configuredMaxInputBytes();
void setConfiguredMaxInputBytes(qint64 bytes);

} // namespace Rapporteur::Workflow
