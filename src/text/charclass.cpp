#include "charclass.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace Rapporteur::Text {

bool isCjk(char32_t cp)
{
    const auto c = static_cast<UChar32>(cp);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) &&
        (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         script == USCRIPT_HANGUL || script == USCRIPT_BOPOMOFO))
        return true;
    // Punctuation blocks: CJK Symbols and Punctuation, Enclosed CJK (㈠), fullwidth forms,
    // vertical and small form variants. ICU gives them script Common, so test the blocks.
    const auto block = static_cast<UBlockCode>(ublock_getCode(c));
    switch (block) {
    case UBLOCK_CJK_SYMBOLS_AND_PUNCTUATION:
    case UBLOCK_ENCLOSED_CJK_LETTERS_AND_MONTHS:
    case UBLOCK_HALFWIDTH_AND_FULLWIDTH_FORMS:
    case UBLOCK_CJK_COMPATIBILITY_FORMS:
    case UBLOCK_VERTICAL_FORMS:
    case UBLOCK_SMALL_FORM_VARIANTS:
        return true;
    default:
        break;
    }
    // Quotation marks and the ellipsis Chinese text uses between CJK characters.
    return cp == U'“' || cp == U'”' || cp == U'‘' || cp == U'’' || cp == U'…' || cp == U'—';
}

bool isIdeograph(char32_t cp)
{
    return QChar::script(cp) == QChar::Script_Han;
}

bool isTerminalPunctuation(char32_t cp)
{
    switch (cp) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case U'.':
    case U'!':
    case U'?':
    case U';':
        return true;
    default:
        return false;
    }
}

int displayWidth(QStringView text)
{
    int width = 0;
    forEachCodePoint(text, [&](char32_t cp) { width += isCjk(cp) ? 2 : 1; });
    return width;
}

char32_t firstCodePoint(QStringView text)
{
    if (text.isEmpty())
        return 0;
    if (text.size() > 1 && text[0].isHighSurrogate() && text[1].isLowSurrogate())
        return QChar::surrogateToUcs4(text[0], text[1]);
    return text[0].unicode();
}

char32_t lastCodePoint(QStringView text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return 0;
    if (n > 1 && text[n - 1].isLowSurrogate() && text[n - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[n - 2], text[n - 1]);
    return text[n - 1].unicode();
}

} // namespace Rapporteur::Text
