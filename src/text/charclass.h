#pragma once

#include <QChar>
#include <QStringView>

namespace Rapporteur::Text {

// Character classes that decide how extracted lines join and where letter-spacing is collapsed.
// They take code points, so characters outside the BMP (CJK Extension B, 𠀀) count as CJK too.

// Han ideographs, kana, Hangul, and the CJK / fullwidth punctuation that sits between them.
bool isCjk(char32_t cp);
// Han ideographs only (no kana, Hangul or punctuation): Chinese writes no space between them.
bool isIdeograph(char32_t cp);
// Sentence-ending punctuation, Chinese or Latin: 。！？；.!?  (colon excluded: lists follow it)
bool isTerminalPunctuation(char32_t cp);
// Display width in a monospace grid: CJK counts 2, everything else 1.
int displayWidth(QStringView text);

// Calls f(char32_t) for each code point; a lone surrogate is passed as it is.
template <typename F> void forEachCodePoint(QStringView text, F &&f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(text[i], text[i + 1]));
            ++i;
        } else {
            f(char32_t(text[i].unicode()));
        }
    }
}

// First and last code point of a string (0 when empty).
char32_t firstCodePoint(QStringView text);
char32_t lastCodePoint(QStringView text);

} // namespace Rapporteur::Text
