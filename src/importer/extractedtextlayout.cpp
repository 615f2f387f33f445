#include "extractedtextlayout.h"

#include "furniture.h"

#include "text/charclass.h"

#include <QRegularExpression>

namespace Rapporteur::Importer {

namespace {

struct RawLine
{
    QString text;       // simplified: no layout white space
    bool trailingSpace; // the extractor left white space at the end
    int indent;         // leading white space, in characters
    bool formFeed;      // a page break came before this line
    bool blankAfter;    // an empty line follows
};

bool isSpaceChar(QChar c)
{
    return c.isSpace();
}

QList<RawLine> splitLines(const QString &text)
{
    QList<RawLine> lines;
    auto parts = QStringView(text).split(QLatin1Char('\n'));
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast(); // what follows the last line end is not a blank line
    bool pendingFormFeed = false;
    for (QStringView part : parts) {
        while (part.startsWith(QLatin1Char('\f'))) {
            pendingFormFeed = true;
            part = part.sliced(1);
        }
        const QString simplified = part.toString().simplified();
        if (simplified.isEmpty()) {
            if (!lines.isEmpty())
                lines.last().blankAfter = true;
            continue;
        }
        int indent = 0;
        while (indent < part.size() && isSpaceChar(part[indent]))
            ++indent;
        lines.append(RawLine{simplified, isSpaceChar(part.back()), indent, pendingFormFeed, false});
        pendingFormFeed = false;
    }
    return lines;
}

// Asked of every line of a file: a first character the pattern cannot start with answers
// without running it.
bool isUrlLine(const QString &line)
{
    if (!line.startsWith(QLatin1Char('h')) && !line.startsWith(QLatin1Char('w')))
        return false;
    static const QRegularExpression re(QStringLiteral(R"(^(https?://|www\.)\S+$)"));
    return re.match(line).hasMatch();
}

bool isFootnoteRule(const QString &line)
{
    if (line.isEmpty() || !QStringView(u"_＿—-").contains(line.front()))
        return false;
    static const QRegularExpression re(QStringLiteral(R"(^[_＿—-]{5,}$)"));
    return re.match(line).hasMatch();
}

// "1 澳大利亚、…" → marker "1"; "* …", "a …" also mark footnotes in UN documents.
QString footnoteMarker(const QString &line)
{
    if (line.isEmpty())
        return {};
    const QChar first = line.front();
    if (!first.isDigit() && !QStringView(u"*†‡").contains(first) &&
        !(first >= QLatin1Char('a') && first <= QLatin1Char('z')))
        return {};
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3}|[*†‡]|[a-z])\s+\S)"));
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

// Which white-space conventions the extractor used, read from the whole text.
struct Conventions
{
    bool trailingSpaceEndsParagraph = false;
    bool blankLineEndsParagraph = false;
    int bodyIndent = 0;
};

Conventions detectConventions(const QList<RawLine> &lines)
{
    qsizetype text = 0;
    qsizetype trailing = 0;
    qsizetype blankAfter = 0;
    QList<int> indents;
    for (const RawLine &l : lines) {
        if (isUrlLine(l.text) || isFootnoteRule(l.text))
            continue;
        ++text;
        trailing += l.trailingSpace;
        blankAfter += l.blankAfter;
        indents.append(l.indent);
    }
    Conventions c;
    if (text == 0)
        return c;
    // A convention carries information only when some lines follow it and others do not: more
    // than one line in twenty either way. A report of short paragraphs (a heading, a marker, a
    // date and one wrapped sentence per state) has blank lines after most lines, yet the lines
    // without one are its wrapped lines.
    const auto informative = [text](qsizetype following) {
        return following * 20 > text && following * 20 < text * 19;
    };
    c.trailingSpaceEndsParagraph = informative(trailing);
    // Blank lines after (nearly) every line are the extractor's spacing, not paragraph breaks.
    c.blankLineEndsParagraph = !c.trailingSpaceEndsParagraph && informative(blankAfter);
    std::sort(indents.begin(), indents.end());
    c.bodyIndent = indents[indents.size() / 4]; // the indent most running lines share
    return c;
}

// After a Latin word or a comma the trailing space is the space between two words that the
// extractor left at the wrap ("… Wilton Park, " / "“How to …"), not a paragraph end.
bool endsInsideLatinPhrase(const QString &text)
{
    const QChar last = text.back();
    return (last.isLetter() && last.unicode() < 0x0250) || last == QLatin1Char(',');
}

LineBreak breakAfter(const RawLine &line, const Conventions &c)
{
    if (c.trailingSpaceEndsParagraph) {
        if (!line.trailingSpace || endsInsideLatinPhrase(line.text))
            return LineBreak::Continue;
        return LineBreak::End;
    }
    if (c.blankLineEndsParagraph)
        return line.blankAfter ? LineBreak::End : LineBreak::Continue;
    return LineBreak::Unknown;
}

} // namespace

SourceText analyseExtractedText(const QString &text)
{
    const QList<RawLine> raw = splitLines(text);
    const Conventions conventions = detectConventions(raw);

    SourceText out;
    int page = 1;
    bool pageHasText = false;  // text seen on the current page
    bool betweenPages = false; // page artefacts seen since the last text line
    int nextPageNumber = 0;    // from a footer "N/M": the number of the page that follows
    bool inFootnotes = false;
    int lastFootnoteNumber = 0;
    bool footnoteContinues = false;

    for (const RawLine &line : raw) {
        if (line.formFeed && pageHasText) {
            ++page;
            pageHasText = false;
        }
        SourceLine source;
        source.text = line.text;
        source.breakAfter = breakAfter(line, conventions);
        source.indented = line.indent > conventions.bodyIndent;

        if (isUrlLine(line.text)) {
            source.role = LineRole::LinkTarget;
            inFootnotes = false;
        } else if (isFootnoteRule(line.text)) {
            source.role = LineRole::FootnoteRule;
            inFootnotes = true;
            footnoteContinues = false;
        } else if (const auto furniture = parseFurniture(line.text)) {
            source.role = LineRole::Furniture;
            inFootnotes = false;
            if (!furniture->symbol.isEmpty() && out.symbolFromFurniture.isEmpty())
                out.symbolFromFurniture = furniture->symbol;
            if (furniture->pageNumber)
                nextPageNumber = *furniture->pageNumber;
            if (furniture->pageCount)
                out.pageCount = std::max(out.pageCount, *furniture->pageCount);
        } else if (inFootnotes) {
            // Footnotes are numbered in sequence (restarting at 1 in an annex), which tells a
            // new footnote from a page whose first line begins with a number.
            const QString marker = footnoteMarker(line.text);
            bool ok = false;
            const int number = marker.toInt(&ok);
            const bool startsNew =
                !marker.isEmpty() && (!ok || number == lastFootnoteNumber + 1 || number == 1);
            if (startsNew) {
                source.role = LineRole::Footnote;
                source.startsFootnote = true;
                source.footnoteMarker = marker;
                source.text = line.text.sliced(marker.size()).trimmed();
                if (ok)
                    lastFootnoteNumber = number;
            } else if (footnoteContinues) {
                source.role = LineRole::Footnote;
            } else {
                inFootnotes = false;
            }
            if (source.role == LineRole::Footnote)
                footnoteContinues = source.breakAfter == LineBreak::Continue;
        }

        if (source.role == LineRole::Text) {
            if (betweenPages && pageHasText) {
                ++page;
                pageHasText = false;
            }
            if (nextPageNumber > 0) {
                page = nextPageNumber;
                nextPageNumber = 0;
            }
            betweenPages = false;
            pageHasText = true;
        } else {
            betweenPages = true; // footnotes, links and furniture all sit at a page's edge
        }
        source.page = page;
        out.lines.append(std::move(source));
    }
    out.pageCount = std::max(out.pageCount, page);
    if (conventions.blankLineEndsParagraph) {
        // The blank line before a page's notes, links or furniture is the page's spacing, not a
        // paragraph's end: a line that ends no sentence there ("Venezuela (Bolivarian" / notes /
        // footer / "Republic of).") is left to the reflow, which reads on as a reader would.
        for (qsizetype i = 0; i + 1 < out.lines.size(); ++i) {
            SourceLine &line = out.lines[i];
            if (line.role == LineRole::Text && line.breakAfter == LineBreak::End &&
                out.lines[i + 1].role != LineRole::Text && !line.text.isEmpty() &&
                !Text::isTerminalPunctuation(Text::lastCodePoint(line.text)))
                line.breakAfter = LineBreak::Unknown;
        }
    }
    return out;
}

} // namespace Rapporteur::Importer
