#include "guilogging.h"

namespace Rapporteur::Gui {

// QT_LOGGING_RULES="rapporteur.gui.info=true" shows more than warnings.
Q_LOGGING_CATEGORY(lcGui, "rapporteur.gui", QtWarningMsg)

} // namespace Rapporteur::Gui
