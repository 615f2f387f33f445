#include "anchoring.h"

#include <algorithm>
#include <string>

namespace Rapporteur::Coding {

using Storage::CodingAnchor;
using Storage::ParagraphText;

namespace {

// Code points, so that every offset below is the one stored and exported.
std::u32string points(const QString &text)
{
    return text.toStdU32String();
}

QString fromPoints(const std::u32string &text, size_t from, size_t length)
{
    return QString::fromStdU32String(text.substr(from, length));
}

int commonSuffix(const std::u32string &a, const std::u32string &b, size_t bEnd)
{
    size_t n = 0;
    while (n < a.size() && n < bEnd && a[a.size() - 1 - n] == b[bEnd - 1 - n])
        ++n;
    return static_cast<int>(n);
}

int commonPrefix(const std::u32string &a, const std::u32string &b, size_t bStart)
{
    size_t n = 0;
    while (n < a.size() && bStart + n < b.size() && a[n] == b[bStart + n])
        ++n;
    return static_cast<int>(n);
}

CodingAnchor anchorIn(const ParagraphText &paragraph, const std::u32string &text, size_t start,
                      size_t end)
{
    CodingAnchor a;
    a.paragraphId = paragraph.id;
    a.documentId = paragraph.documentId;
    a.documentSymbol = paragraph.document;
    a.paragraphOrdinal = paragraph.ordinal;
    a.start = static_cast<int>(start);
    a.end = static_cast<int>(end);
    a.quote = fromPoints(text, start, end - start);
    const size_t leftFrom = start > size_t(kContextLength) ? start - kContextLength : 0;
    a.leftContext = fromPoints(text, leftFrom, start - leftFrom);
    a.rightContext = fromPoints(text, end, kContextLength);
    return a;
}

struct Candidate
{
    qsizetype paragraph = -1;
    size_t position = 0;
    int score = 0; // matching context, code points
    bool sameParagraph = false;
    int ordinalDistance = 0;
    int offsetDistance = 0;

    bool betterThan(const Candidate &other) const
    {
        if (other.paragraph < 0)
            return true;
        if (score != other.score)
            return score > other.score;
        if (sameParagraph != other.sameParagraph)
            return sameParagraph;
        if (ordinalDistance != other.ordinalDistance)
            return ordinalDistance < other.ordinalDistance;
        return offsetDistance < other.offsetDistance;
    }
};

} // namespace

int codePointLength(const QString &text)
{
    return static_cast<int>(text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) {
                                return c.isLowSurrogate();
                            }));
}

CodingAnchor anchorAt(const ParagraphText &paragraph, int start, int end)
{
    const std::u32string text = points(paragraph.text);
    return anchorIn(paragraph, text, static_cast<size_t>(start), static_cast<size_t>(end));
}

bool stillHolds(const CodingAnchor &anchor, const QList<ParagraphText> &paragraphs)
{
    for (const ParagraphText &p : paragraphs) {
        if (p.id != anchor.paragraphId)
            continue;
        const std::u32string text = points(p.text);
        const auto length = static_cast<size_t>(anchor.end - anchor.start);
        return anchor.start >= 0 && static_cast<size_t>(anchor.end) <= text.size() &&
               fromPoints(text, static_cast<size_t>(anchor.start), length) == anchor.quote;
    }
    return false;
}

std::optional<CodingAnchor> relocate(const CodingAnchor &anchor,
                                     const QList<ParagraphText> &paragraphs)
{
    const std::u32string quote = points(anchor.quote);
    const std::u32string left = points(anchor.leftContext);
    const std::u32string right = points(anchor.rightContext);
    if (quote.empty())
        return std::nullopt;

    Candidate best;
    std::u32string bestText;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const std::u32string text = points(paragraphs[i].text);
        for (size_t at = text.find(quote); at != std::u32string::npos;
             at = text.find(quote, at + 1)) {
            Candidate c;
            c.paragraph = i;
            c.position = at;
            c.score = commonSuffix(left, text, at) + commonPrefix(right, text, at + quote.size());
            c.sameParagraph = paragraphs[i].id == anchor.paragraphId;
            c.ordinalDistance = std::abs(paragraphs[i].ordinal - anchor.paragraphOrdinal);
            c.offsetDistance = std::abs(static_cast<int>(at) - anchor.start);
            if (c.betterThan(best)) {
                best = c;
                bestText = text;
            }
        }
    }
    if (best.paragraph < 0)
        return std::nullopt;
    const int quoteLength = static_cast<int>(quote.size());
    const int available = quoteLength + static_cast<int>(left.size() + right.size());
    if (quoteLength + best.score < std::min(kMinEvidence, available))
        return std::nullopt;
    return anchorIn(paragraphs[best.paragraph], bestText, best.position,
                    best.position + quote.size());
}

} // namespace Rapporteur::Coding
