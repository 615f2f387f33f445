#include "languagenames.h"

#include "languagerules.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace Rapporteur::Text {

QStringList languageCodes(const QString &names)
{
    // The names may be written in any language we read ("[原件：英文]" in an English corpus is
    // still English): each language's own separators and names are tried, and the first that
    // knows any of the names is the answer.
    for (const LanguageRules &rules : LanguageRules::builtIn()) {
        QStringList out;
        for (const QString &part : names.split(rules.languageSeparator, Qt::SkipEmptyParts)) {
            const QString code = LanguageRules::meaningIn(rules.languageNames, part.trimmed());
            if (!code.isEmpty() && !out.contains(code))
                out.append(code);
        }
        if (!out.isEmpty())
            return out;
    }
    return {};
}

QString languageName(const QString &code, const QString &inLanguage)
{
    const icu::Locale language(code.toLatin1().constData());
    const icu::Locale reader(inLanguage.toLatin1().constData());
    icu::UnicodeString name;
    language.getDisplayLanguage(reader, name);
    const QString shown =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(name.getBuffer()), name.length());
    // ICU gives the code back when its data names no such language.
    return shown.isEmpty() || shown == code ? code : shown;
}

} // namespace Rapporteur::Text
