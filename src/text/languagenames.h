#pragma once

#include <QString>
#include <QStringList>

namespace Rapporteur::Text {

// "英文和法文", "English and French", "阿拉伯文" → ISO 639-1 codes in the order given; names we do
// not know are left out (an empty list means none was known).
QStringList languageCodes(const QString &names);

// The name of a language (ISO 639-1 "en") as a reader of another language calls it, by ICU's
// locale data: "英语" in Chinese, "English" in English; the code itself when ICU knows no name.
QString languageName(const QString &code, const QString &inLanguage);

} // namespace Rapporteur::Text
