#pragma once

#include <QString>

namespace Rapporteur::Text {

// The version of the ICU library in use at run time ("72.1"), for an About box.
QString icuVersion();

} // namespace Rapporteur::Text
