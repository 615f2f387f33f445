#include "storagelogging.h"

namespace Rapporteur::Storage {

// Warnings only by default: a library should not chatter on the CLI's stderr.
// QT_LOGGING_RULES="rapporteur.storage.info=true" shows the rest.
Q_LOGGING_CATEGORY(lcStorage, "rapporteur.storage", QtWarningMsg)

} // namespace Rapporteur::Storage
