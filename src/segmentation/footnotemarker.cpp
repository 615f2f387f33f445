#include "footnotemarker.h"

#include "text/superscript.h"

#include <algorithm>

namespace Rapporteur::Segmentation {

namespace {

// The white space of the reading text as the old patterns' "\s" read it (ASCII only): a wrapped
// line's join, never a no-break space.
bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

char32_t codePointBefore(QStringView text, qsizetype pos)
{
    if (pos <= 0)
        return 0;
    const QChar last = text[pos - 1];
    if (last.isLowSurrogate() && pos >= 2 && text[pos - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[pos - 2], last);
    return last.unicode();
}

// What a plain marker is glued to: a Chinese character, CJK or full-width punctuation, a closing
// quote or bracket; for a number also a lower-case Latin letter. A letter glued to a word is part
// of the word ("Agenda"), not a marker.
bool carriesPlainMarker(char32_t cp, bool latinToo)
{
    if (QChar::script(cp) == QChar::Script_Han || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFF00 && cp <= 0xFFEF))
        return true;
    if (cp == U'”' || cp == U'’' || cp == U')')
        return true;
    return latinToo && cp >= U'a' && cp <= U'z';
}

// "、1 票弃权", "、15 个国家": a number that counts something.
bool isMeasureWord(QChar c)
{
    static const QString measures = QStringLiteral("票个次年月日号段名项届卷条款份岁天周%％");
    return measures.contains(c);
}

// "Weapons,1 as", "the resolution.1 It": a number glued to the punctuation that closes a word is
// the word's note call in English typography. After a figure ("5.1") or inside a symbol
// ("A/C.1/99/L.1", ".../Rev.1") it is part of what it follows: the word must hold neither.
bool closesLatinWord(QStringView text, qsizetype pos)
{
    const char32_t punctuation = codePointBefore(text, pos);
    if (punctuation != U'.' && punctuation != U',' && punctuation != U';' && punctuation != U':')
        return false;
    const char32_t before = codePointBefore(text, pos - 1);
    if (!QChar::isLetter(before) || QChar::script(before) != QChar::Script_Latin)
        return false;
    for (qsizetype i = pos - 2; i >= 0 && !text[i].isSpace(); --i) {
        if (text[i] == u'/' || text[i].isDigit() || text[i] == u'.')
            return false;
    }
    return true;
}

bool isPlainMarkerAt(QStringView text, qsizetype pos, QStringView marker, bool latinToo)
{
    if (!text.sliced(pos).startsWith(marker))
        return false;
    if (!carriesPlainMarker(codePointBefore(text, pos), latinToo) &&
        !(latinToo && closesLatinWord(text, pos)))
        return false;
    qsizetype after = pos + marker.size();
    if (after == text.size())
        return true;
    if (!isAsciiSpace(text[after]))
        return false;
    while (after < text.size() && isAsciiSpace(text[after]))
        ++after;
    return after == text.size() || !isMeasureWord(text[after]);
}

bool isRaisedMarkerAt(QStringView text, qsizetype pos, QStringView raised)
{
    const QString &digits = Text::raisedDigits();
    if (!text.sliced(pos).startsWith(raised))
        return false;
    const qsizetype after = pos + raised.size();
    return !(pos > 0 && digits.contains(text[pos - 1])) &&
           !(after < text.size() && digits.contains(text[after]));
}

bool isSign(QChar c)
{
    return c == u'*' || c == u'†' || c == u'‡';
}

// "Chad:*" marks with "*", "list**" with "**": glued to what precedes, and the whole run of
// signs there.
bool isSignMarkerAt(QStringView text, qsizetype pos, QStringView marker)
{
    if (!text.sliced(pos).startsWith(marker) || pos == 0 || text[pos - 1].isSpace() ||
        isSign(text[pos - 1]))
        return false;
    const qsizetype after = pos + marker.size();
    return after == text.size() || !isSign(text[after]);
}

} // namespace

bool isSignMarker(QStringView marker)
{
    return !marker.isEmpty() && std::all_of(marker.begin(), marker.end(), isSign);
}

std::optional<TextSpan> findFootnoteMarker(QStringView text, qsizetype from, qsizetype to,
                                           const QString &marker)
{
    if (marker.isEmpty())
        return std::nullopt;
    if (isSignMarker(marker)) {
        for (qsizetype pos = std::max<qsizetype>(from, 0); pos < std::min(to, text.size()); ++pos) {
            if (isSignMarkerAt(text, pos, marker))
                return TextSpan{pos, marker.size()};
        }
        return std::nullopt;
    }
    const QString raised = Text::superscriptForm(marker);
    const bool hasRaisedForm = raised != marker;
    const bool latinToo = !marker.front().isLetter();
    from = std::max<qsizetype>(from, 0);
    to = std::min(to, text.size());
    for (qsizetype pos = from; pos < to; ++pos) {
        if (hasRaisedForm && isRaisedMarkerAt(text, pos, raised))
            return TextSpan{pos, raised.size()};
        if (isPlainMarkerAt(text, pos, marker, latinToo))
            return TextSpan{pos, marker.size()};
    }
    return std::nullopt;
}

} // namespace Rapporteur::Segmentation
