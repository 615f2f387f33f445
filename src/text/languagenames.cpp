#include "languagenames.h"

#include "languagerules.h"

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

} // namespace Rapporteur::Text
