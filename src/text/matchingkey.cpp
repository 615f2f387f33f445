#include "matchingkey.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace Rapporteur::Text {

QString matchingKey(QStringView text)
{
    QString stripped;
    stripped.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        // U+2022 •, U+30FB ・, U+2027 ‧ and U+FF65 ･ all stand for the middle dot in names.
        if (c == QChar(0x2022) || c == QChar(0x30FB) || c == QChar(0x2027) || c == QChar(0xFF65))
            c = QChar(0x00B7);
        // U+2019 ’, U+2018 ‘ and U+02BC ʼ are the apostrophe that PDFs set: "Côte d’Ivoire".
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            c = QLatin1Char('\'');
        stripped.append(c);
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status))
        return stripped;
    const icu::UnicodeString src(false, reinterpret_cast<const UChar *>(stripped.utf16()),
                                 static_cast<int32_t>(stripped.size()));
    const icu::UnicodeString folded = nfkc->normalize(src, status);
    if (U_FAILURE(status))
        return stripped;
    // Latin accents are left out, as writers (and keyboards) leave them out: "Cote d'Ivoire" is
    // Côte d'Ivoire, "Turkiye" Türkiye. Only the combining diacritical marks go, after NFD.
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status))
        return stripped;
    const icu::UnicodeString decomposed = nfd->normalize(folded, status);
    if (U_FAILURE(status))
        return stripped;
    QString key;
    key.reserve(decomposed.length());
    for (int32_t i = 0; i < decomposed.length(); ++i) {
        const char16_t c = decomposed.charAt(i);
        if (c < 0x0300 || c > 0x036F)
            key.append(QChar(c));
    }
    return key;
}

QString foldWidth(QStringView text)
{
    QString folded = text.toString();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        return folded;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode(); // read from the view: no detach check per character
        // ASCII and most Han are inert under NFKC; surrogates are left alone (one unit each).
        // The unified ideographs (and extension A) all are: tested without asking ICU, since
        // they are nearly all of a Chinese text and the import folds every paragraph.
        if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
            QChar::isSurrogate(c) || nfkc->isInert(c))
            continue;
        icu::UnicodeString one(static_cast<UChar>(c));
        const icu::UnicodeString normalized = nfkc->normalize(one, status);
        if (U_FAILURE(status))
            return folded;
        if (normalized.length() == 1)
            folded[i] = QChar(normalized.charAt(0));
    }
    return folded;
}

} // namespace Rapporteur::Text
