#include "icuversion.h"

#include <unicode/uversion.h>

namespace Rapporteur::Text {

QString icuVersion()
{
    // u_getVersion asks the loaded library, not the headers we were compiled against.
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return QString::fromLatin1(text);
}

} // namespace Rapporteur::Text
