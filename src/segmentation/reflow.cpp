#include "reflow.h"

#include "pageattachments.h"
#include "structurepatterns.h"

#include "text/charclass.h"
#include "text/documentsymbol.h"
#include "text/linejoiner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Rapporteur::Segmentation {

namespace {

bool endsSentenceOrList(QStringView text)
{
    const char32_t last = Text::lastCodePoint(text);
    return Text::isTerminalPunctuation(last) || last == U'：' || last == U':';
}

// Starts something that never continues a paragraph, whatever the line before looked like.
bool startsStructure(QStringView line, QStringView before)
{
    if (isStandaloneLine(line))
        return true;
    const bool marked = !listMarker(line).isEmpty() || startsNumberedParagraph(line) ||
                        letteredHeadingTitle(line).has_value();
    return marked && (endsSentenceOrList(before) || looksLikeHeading(before));
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

bool isLatinOrDigit(char32_t cp)
{
    return (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z');
}

// Chinese between Latin letters or digits, in either order: "第 76/234 号".
bool isScriptJunction(char32_t before, char32_t after)
{
    return (Text::isIdeograph(before) && isLatinOrDigit(after)) ||
           (isLatinOrDigit(before) && Text::isIdeograph(after));
}

class Reflower
{
public:
    explicit Reflower(const SourceText &source) : m_source(source)
    {
        measureTypicalWidth();
        if (source.lineEndSpacesLost) {
            measureJunctionSpacing();
            collectLatinWords();
        }
    }

    ReflowResult run()
    {
        for (const SourceLine &line : m_source.lines)
            take(line);
        flushAttachments();
        attachRepeatedCalls(m_result.blocks, m_pageFirstBlock.value_or(m_result.blocks.size()),
                            m_lastTextPage, m_notesSeen);
        return std::move(m_result);
    }

private:
    void measureTypicalWidth()
    {
        QList<int> widths;
        for (const SourceLine &l : m_source.lines) {
            if (l.role == LineRole::Text)
                widths.append(Text::displayWidth(l.text));
        }
        if (widths.isEmpty())
            return;
        std::sort(widths.begin(), widths.end());
        m_typicalWidth = widths[widths.size() * 9 / 10];
    }

    // Chinese UN typography spaces Latin words and numbers off from the characters around them,
    // but not always. Where a line break hides whether it did, the document's own habit decides.
    void measureJunctionSpacing()
    {
        // Counted separately for "第 2" (Chinese, then Latin) and "2 日" (Latin, then Chinese):
        // documents space one more consistently than the other.
        qsizetype spaced[2] = {0, 0};
        qsizetype glued[2] = {0, 0};
        for (const SourceLine &l : m_source.lines) {
            if (l.role != LineRole::Text)
                continue;
            char32_t before = 0;
            bool space = false;
            Text::forEachCodePoint(l.text, [&](char32_t cp) {
                if (cp == U' ') {
                    space = true;
                    return;
                }
                if (before && isScriptJunction(before, cp))
                    ++(space ? spaced : glued)[Text::isIdeograph(before) ? 0 : 1];
                before = cp;
                space = false;
            });
        }
        for (int direction = 0; direction < 2; ++direction)
            m_spaceAtJunction[direction] =
                spaced[direction] > 0 && spaced[direction] >= 2 * glued[direction];
    }

    // The document's own Latin words, lower-cased: what decides whether a hyphen at a PDF line
    // end belongs to the word ("non-" "proliferation") or only to the line ("inter-" "national").
    void collectLatinWords()
    {
        static const QRegularExpression word(QStringLiteral(R"([A-Za-z]+(?:-[A-Za-z]+)*)"));
        for (const SourceLine &l : m_source.lines) {
            if (l.role != LineRole::Text && l.role != LineRole::Footnote)
                continue;
            for (auto it = word.globalMatch(l.text); it.hasNext();)
                m_latinWords.insert(it.next().captured().toLower());
        }
    }

    // "inter-" at the end of a line and "national" at the start of the next: the hyphen goes when
    // the document writes "international" elsewhere and never "inter-national"; a soft hyphen
    // always goes.
    bool dropLineEndHyphen(QString &text, QStringView line) const
    {
        if (text.endsWith(QChar(0x00AD))) {
            text.chop(1);
            return true;
        }
        // The Latin word before the hyphen, read backwards from the end: the paragraph can be
        // long, and this is asked at every line of it.
        if (!text.endsWith(QLatin1Char('-')))
            return false;
        qsizetype wordStart = text.size() - 1;
        while (wordStart > 0 && isAsciiLetter(text[wordStart - 1]))
            --wordStart;
        qsizetype headEnd = 0;
        while (headEnd < line.size() && line[headEnd] >= QLatin1Char('a') &&
               line[headEnd] <= QLatin1Char('z'))
            ++headEnd;
        if (wordStart == text.size() - 1 || headEnd == 0)
            return false;
        const QString before = text.mid(wordStart, text.size() - 1 - wordStart);
        const QString after = line.first(headEnd).toString();
        const QString joined = (before + after).toLower();
        const QString hyphenated = (before + QLatin1Char('-') + after).toLower();
        if (!m_latinWords.contains(joined) || m_latinWords.contains(hyphenated))
            return false;
        text.chop(1);
        return true;
    }

    void joinLine(QString &text, QStringView line) const
    {
        if (!m_latinWords.isEmpty() && dropLineEndHyphen(text, line)) {
            text += line;
            return;
        }
        if (!text.isEmpty() && !line.isEmpty()) {
            const char32_t before = Text::lastCodePoint(text);
            if (isScriptJunction(before, Text::firstCodePoint(line)) &&
                m_spaceAtJunction[Text::isIdeograph(before) ? 0 : 1])
                text += QLatin1Char(' ');
        }
        Text::appendWrappedLine(text, line);
    }

    void take(const SourceLine &line)
    {
        switch (line.role) {
        case LineRole::Text:
            takeText(line);
            break;
        case LineRole::Footnote:
            if (line.startsFootnote)
                m_pendingFootnotes.append(Footnote{line.footnoteMarker, line.text, -1});
            else if (!m_pendingFootnotes.isEmpty())
                joinLine(m_pendingFootnotes.last().text, line.text);
            else
                continueEarlierFootnote(line);
            break;
        case LineRole::LinkTarget:
            m_pendingLinks.append(line.text);
            break;
        case LineRole::Table:
            // A paragraph can go on after a table set into it; the table stays after it.
            if (m_nextTable < m_source.tables.size())
                m_result.tables.append(
                    BlockTable{m_source.tables[m_nextTable++], m_result.blocks.size() - 1});
            break;
        case LineRole::FootnoteRule:
        case LineRole::Furniture:
            break;
        }
    }

    // A footnote that runs on at the foot of the next page: its text goes to the footnote it
    // continues, which is already attached to its paragraph.
    void continueEarlierFootnote(const SourceLine &line)
    {
        if (m_lastNoteBlock >= 0) {
            joinLine(m_result.blocks[m_lastNoteBlock].footnotes.last().text, line.text);
            return;
        }
        // Its start is on no page read: a footnote without a marker, kept all the same.
        m_pendingFootnotes.append(Footnote{QString(), line.text, -1});
    }

    void takeText(const SourceLine &line)
    {
        // Footnotes and links gathered since the last text line belong to the page that ended.
        flushAttachments();
        auto &blocks = m_result.blocks;
        if (m_pageFirstBlock && line.page != m_lastTextPage)
            attachRepeatedCalls(blocks, *m_pageFirstBlock, m_lastTextPage, m_notesSeen);
        const QString text = Text::collapseLetterSpacing(line.text);
        if (m_previous && !blocks.isEmpty() &&
            continues(*m_previous, blocks.last().text, line, text)) {
            Block &open = blocks.last();
            if (line.page != open.lastPage())
                open.pageStarts.append({static_cast<int>(open.text.size()), line.page});
            joinLine(open.text, text);
        } else {
            blocks.append(Block{text, line.page, line.indented, {}, {}, {}});
        }
        if (!m_pageFirstBlock || line.page != m_lastTextPage)
            m_pageFirstBlock = blocks.size() - 1;
        // Link annotations over the line (PDF) belong to the paragraph the line is in.
        for (const QString &target : line.linkTargets) {
            const Link link{target, Text::symbolFromLink(target)};
            if (!blocks.last().links.contains(link))
                blocks.last().links.append(link);
        }
        m_previous = line;
        m_lastTextPage = line.page;
    }

    bool continues(const SourceLine &previous, QStringView blockText, const SourceLine &current,
                   QStringView line) const
    {
        if (isStandaloneLine(blockText) || isStandaloneLine(line))
            return false;
        switch (previous.breakAfter) {
        case LineBreak::End:
            return false;
        case LineBreak::Continue:
            return true;
        case LineBreak::Unknown:
            break;
        }
        // No white-space convention: decide as a reader would from the shape of the lines.
        const bool previousShort = Text::displayWidth(previous.text) * 10 < m_typicalWidth * 8;
        if (startsStructure(line, blockText))
            return false;
        if (endsSentenceOrList(previous.text) && (previousShort || current.indented))
            return false;
        if (previousShort && looksLikeHeading(blockText))
            return false;
        return true;
    }

    void flushAttachments()
    {
        if (m_pendingFootnotes.isEmpty() && m_pendingLinks.isEmpty())
            return;
        auto &blocks = m_result.blocks;
        // Only the blocks with text on the page that ended are looked at, so the work per page
        // does not grow with the document (page numbers can also go back: an annex, or files
        // joined, restart them).
        const qsizetype first = m_pageFirstBlock.value_or(blocks.size());
        attachFootnotes(blocks, first, m_lastTextPage, m_pendingFootnotes, m_result.warnings,
                        m_result.documentNotes);
        for (const Footnote &note : std::as_const(m_pendingFootnotes)) {
            if (!note.marker.isEmpty())
                m_notesSeen.insert(note.marker, note);
        }
        attachLinks(blocks, first, m_lastTextPage, m_pendingLinks);
        for (qsizetype b = blocks.size() - 1; b >= first && b > m_lastNoteBlock; --b) {
            if (!blocks[b].footnotes.isEmpty()) {
                m_lastNoteBlock = b;
                break;
            }
        }
        m_pendingFootnotes.clear();
        m_pendingLinks.clear();
    }

    const SourceText &m_source;
    ReflowResult m_result;
    std::optional<SourceLine> m_previous;
    int m_lastTextPage = 1;
    std::optional<qsizetype> m_pageFirstBlock; // the first block with text on m_lastTextPage
    qsizetype m_lastNoteBlock = -1;            // the last block that has footnotes
    qsizetype m_nextTable = 0;                 // of m_source.tables
    int m_typicalWidth = 0;
    bool m_spaceAtJunction[2] = {false, false}; // after Chinese, after Latin
    QSet<QString> m_latinWords;
    QList<Footnote> m_pendingFootnotes;
    QHash<QString, Footnote> m_notesSeen; // the latest note of each marker, for second calls
    QStringList m_pendingLinks;
};

} // namespace

ReflowResult reflow(const SourceText &source)
{
    return Reflower(source).run();
}

} // namespace Rapporteur::Segmentation
