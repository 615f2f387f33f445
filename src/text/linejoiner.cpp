#include "linejoiner.h"

#include "charclass.h"
#include "documentsymbol.h"

#include <algorithm>
#include <vector>

namespace Rapporteur::Text {

namespace {

bool isSymbolCharacter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() ||
           QStringView(u"./()-").contains(c);
}

// A line that ends inside a document symbol ("A/C." then "1/79/PV.24"): the symbol goes on
// without a space.
bool splitsSymbol(QStringView paragraph, QStringView nextLine)
{
    if (!paragraph.endsWith(QLatin1Char('.')))
        return false;
    qsizetype start = paragraph.size();
    while (start > 0 && isSymbolCharacter(paragraph[start - 1]))
        --start;
    qsizetype end = 0;
    while (end < nextLine.size() && isSymbolCharacter(nextLine[end]))
        ++end;
    if (end == 0)
        return false;
    const QString joined = paragraph.mid(start).toString() + nextLine.left(end).toString();
    return looksLikeSymbol(joined);
}

bool isOpeningQuote(char32_t cp)
{
    return cp == U'“' || cp == U'‘';
}

bool isClosingQuote(char32_t cp)
{
    return cp == U'”' || cp == U'’';
}

// Whether the text just before a line break is Chinese: an ideograph among its last characters.
// Bounded, so that joining stays linear in the paragraph's length.
bool endsInChineseText(QStringView paragraph)
{
    constexpr qsizetype kLookBack = 64;
    bool chinese = false;
    forEachCodePoint(paragraph.right(kLookBack), [&](char32_t cp) {
        chinese = chinese || isIdeograph(cp);
    });
    return chinese;
}

// Whether two characters meeting at a line break join without a space. Chinese text has no word
// spaces. Curly quotes are set in Chinese and in English alike, so they go by where they stand:
// an opening quote holds on to what follows and a closing one to what precedes, in any language;
// on their outer side they take the space of the text across the join: none in Chinese (also
// after a Latin name: "另见 Wilton Park," + "“How…"), a space in English ("entitled" + "“Steps").
bool joinsWithoutSpace(QStringView paragraph, char32_t before, char32_t after)
{
    if (isOpeningQuote(before) || isClosingQuote(after))
        return true;
    if (isClosingQuote(before))
        return isCjk(after) && !isOpeningQuote(after);
    if (isOpeningQuote(after))
        return isCjk(before) || endsInChineseText(paragraph);
    return isCjk(before) || isCjk(after);
}

} // namespace

void appendWrappedLine(QString &paragraph, QStringView nextLine)
{
    if (nextLine.isEmpty())
        return;
    if (paragraph.isEmpty()) {
        paragraph = nextLine.toString();
        return;
    }
    const char32_t before = lastCodePoint(paragraph);
    const char32_t after = firstCodePoint(nextLine);
    const bool glue = before == U'-' || before == U'/' || QChar::isSpace(before) ||
                      joinsWithoutSpace(paragraph, before, after) || splitsSymbol(paragraph, nextLine);
    if (!glue)
        paragraph += QLatin1Char(' ');
    paragraph += nextLine;
}

QString collapseLetterSpacing(QStringView line)
{
    if (!line.contains(QLatin1Char(' ')))
        return line.toString();
    // Work on code points so that characters outside the BMP count as one.
    std::vector<char32_t> cps;
    cps.reserve(static_cast<size_t>(line.size()));
    forEachCodePoint(line, [&](char32_t cp) { cps.push_back(cp); });

    // A space is dropped when it sits inside a run "C C C" of single CJK characters: the
    // characters on both sides are CJK and at least one of them has another spaced neighbour.
    auto spacedCjkAt = [&](size_t i) { return i < cps.size() && isCjk(cps[i]); };
    std::vector<bool> drop(cps.size(), false);
    for (size_t i = 1; i + 1 < cps.size(); ++i) {
        if (cps[i] != U' ' || !spacedCjkAt(i - 1) || !spacedCjkAt(i + 1))
            continue;
        const bool leftSpaced = i >= 3 && cps[i - 2] == U' ' && spacedCjkAt(i - 3);
        const bool rightSpaced = i + 3 < cps.size() && cps[i + 2] == U' ' && spacedCjkAt(i + 3);
        if (leftSpaced || rightSpaced)
            drop[i] = true;
    }
    if (std::find(drop.begin(), drop.end(), true) == drop.end())
        return line.toString();
    QString out;
    out.reserve(line.size());
    for (size_t i = 0; i < cps.size(); ++i) {
        if (!drop[i])
            out += QChar::fromUcs4(cps[i]);
    }
    return out;
}

QString simplifyLine(QStringView line)
{
    return line.toString().simplified();
}

} // namespace Rapporteur::Text
