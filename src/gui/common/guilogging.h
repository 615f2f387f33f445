#pragma once

#include <QLoggingCategory>

namespace Rapporteur::Gui {

Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace Rapporteur::Gui
