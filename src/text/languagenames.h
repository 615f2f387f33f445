#pragma once

#include <QString>
#include <QStringList>

namespace Rapporteur::Text {

// "英文和法文", "English and French", "阿拉伯文" → ISO 639-1 codes in the order given; names we do
// not know are left out (an empty list means none was known).
QStringList languageCodes(const QString &names);

} // namespace Rapporteur::Text
