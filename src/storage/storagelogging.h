#pragma once

#include <QLoggingCategory>

namespace Rapporteur::Storage {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace Rapporteur::Storage
