#include "linkmention.h"

namespace Rapporteur::Segmentation {

namespace {

// White space as a wrapped line's join leaves it (ASCII only, as the patterns this replaces read
// "\s"): never a no-break space.
bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

// Where the citation that starts at `at` with its first bracket-free part ends, or -1 when the
// rest of `cited` does not follow.
qsizetype citationEnd(QStringView text, qsizetype at, QStringView cited, qsizetype literalSize)
{
    qsizetype t = at + literalSize;
    for (qsizetype c = literalSize; c < cited.size(); ++c) {
        if (cited[c] == QLatin1Char('(')) {
            while (t < text.size() && isAsciiSpace(text[t]))
                ++t;
        }
        if (t >= text.size() || text[t] != cited[c])
            return -1;
        ++t;
    }
    return t;
}

// Where `target` pasted at `start` ends, or -1. At each step one white space is taken when the
// next character follows it, else the character itself: an optional space between characters
// that are not white space themselves leaves no choice.
qsizetype pastedEnd(QStringView text, qsizetype start, QStringView target)
{
    if (text[start] != target.front())
        return -1;
    qsizetype t = start + 1;
    for (qsizetype i = 1; i < target.size(); ++i) {
        if (t + 1 < text.size() && isAsciiSpace(text[t]) && text[t + 1] == target[i])
            t += 2;
        else if (t < text.size() && text[t] == target[i])
            ++t;
        else
            return -1;
    }
    return t;
}

} // namespace

bool citesDocument(QStringView text, QStringView cited)
{
    if (cited.isEmpty())
        return false;
    // What every citation contains as written: the part before the first bracket.
    const qsizetype bracket = cited.indexOf(QLatin1Char('('));
    const QStringView literal = bracket < 0 ? cited : cited.first(bracket);
    for (qsizetype at = text.indexOf(literal); at >= 0 && at <= text.size();
         at = text.indexOf(literal, at + 1)) {
        if (at > 0) {
            const QChar before = text[at - 1];
            if (isAsciiDigit(before) || isAsciiLetter(before) || before == QLatin1Char('/') ||
                before == QLatin1Char('.'))
                continue;
        }
        const qsizetype end = citationEnd(text, at, cited, literal.size());
        if (end < 0)
            continue;
        if (end < text.size() && (isAsciiDigit(text[end]) || text[end] == QLatin1Char('/')))
            continue;
        return true;
    }
    return false;
}

std::optional<TextSpan> findPastedTarget(QStringView text, qsizetype from, qsizetype to,
                                         QStringView target)
{
    if (target.isEmpty())
        return std::nullopt;
    from = std::max<qsizetype>(from, 0);
    to = std::min(to, text.size());
    for (qsizetype start = from; start < to; ++start) {
        if (const qsizetype end = pastedEnd(text, start, target); end >= 0)
            return TextSpan{start, end - start};
    }
    return std::nullopt;
}

} // namespace Rapporteur::Segmentation
