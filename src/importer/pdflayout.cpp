#include "pdflayout.h"

#include "furniture.h"
#include "pagenotes.h"
#include "pdftables.h"
#include "pdftitle.h"
#include "typemetrics.h"

#include "text/charclass.h"
#include "text/documentsymbol.h"
#include "text/languagenames.h"
#include "text/linejoiner.h"
#include "text/sentences.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Rapporteur::Importer {

namespace {

// The band at the top and at the foot of a page where running headers and footers sit.
constexpr double kBand = 0.1;
// A line repeated (digits aside) in a band on this share of pages is a running header/footer.
constexpr double kRepeatedShare = 0.3;

bool inTopBand(const PdfLine &l, const QSizeF &page)
{
    return l.box.bottom() < page.height() * kBand;
}

bool inBottomBand(const PdfLine &l, const QSizeF &page)
{
    return l.box.top() > page.height() * (1 - kBand);
}

// A landscape page turns its running header and footer to read with the portrait pages: they
// stand upright at its left and right edges.
bool inSideBand(const PdfLine &l, const QSizeF &page)
{
    return l.vertical &&
           (l.box.right() < page.width() * kBand || l.box.left() > page.width() * (1 - kBand));
}

// Where running headers and footers stand.
bool inFurnitureBand(const PdfLine &l, const QSizeF &page)
{
    return inTopBand(l, page) || inBottomBand(l, page) || inSideBand(l, page);
}

// "Page 3 of 12" and "3/12" differ only in digits from page to page.
QString repetitionKey(const QString &text)
{
    QString key;
    for (QChar c : text) {
        if (c.isDigit())
            key += QLatin1Char('#');
        else if (!c.isSpace())
            key += c;
    }
    return key;
}

QSet<QString> repeatedBandLines(const QList<PdfPage> &pages)
{
    QHash<QString, int> pagesWith;
    for (const PdfPage &p : pages) {
        QSet<QString> seen;
        for (const PdfLine &l : p.lines) {
            if (inFurnitureBand(l, p.size))
                seen.insert(repetitionKey(l.text));
        }
        for (const QString &key : seen)
            ++pagesWith[key];
    }
    QSet<QString> repeated;
    const int needed =
        std::max(2, static_cast<int>(static_cast<double>(pages.size()) * kRepeatedShare + 0.5));
    for (auto it = pagesWith.cbegin(); it != pagesWith.cend(); ++it) {
        if (it.value() >= needed && !it.key().isEmpty())
            repeated.insert(it.key());
    }
    return repeated;
}

// The first page's masthead: the organisation, the organ, the distribution, the date and the
// original language, which are document metadata rather than text.
bool readMasthead(const PdfLine &l, const QSizeF &page, SourceText &out)
{
    if (l.page != 1 || l.box.top() > page.height() * 0.3)
        return false;
    // Typescript mastheads (before the 1990s) set the organ in capitals, a word to a line
    // ("UNITED" / "NATIONS", "GENERAL" / "ASSEMBLY"), and the distribution under "Distr.".
    static const QRegularExpression organ(QStringLiteral(
        R"(^(United Nations|联合国|General Assembly|Security Council|Economic and Social Council|)"
        R"(大\s*会|安全理事会|经济及社会理事会|UNITED|NATIONS|UNITED NATIONS|GENERAL|ASSEMBLY|)"
        R"(GENERAL ASSEMBLY|SECURITY|COUNCIL|SECURITY COUNCIL|ECONOMIC AND SOCIAL COUNCIL)$)"));
    static const QRegularExpression distribution(
        QStringLiteral(R"(^(?:Distr\.?\s*(?::|$)|LIMITED$|RESTRICTED$))"));
    static const QRegularExpression original(
        QStringLiteral(R"(^(?:Original|原\s*件)\s*[:：]\s*(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression englishDate(
        QStringLiteral(R"(^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$)"));
    static const QRegularExpression chineseDate(
        QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$)"));
    if (organ.match(l.text).hasMatch() || distribution.match(l.text).hasMatch())
        return true;
    if (const QString symbol = Text::symbolOfMasthead(l.text); !symbol.isEmpty()) {
        if (out.symbolFromFurniture.isEmpty())
            out.symbolFromFurniture = symbol;
        return true;
    }
    // The language of this version ("中文", "English") stands on a line of its own.
    if (!l.text.contains(QLatin1Char(' ')) && Text::languageCodes(l.text).size() == 1)
        return true;
    if (const auto m = original.match(l.text); m.hasMatch()) {
        out.originalLanguages = Text::languageCodes(m.captured(1));
        return true;
    }
    if (const auto m = chineseDate.match(l.text); m.hasMatch() && !out.date.isValid()) {
        out.date =
            QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        return true;
    }
    if (const auto m = englishDate.match(l.text); m.hasMatch() && !out.date.isValid()) {
        out.date = QDate::fromString(l.text, QStringLiteral("d MMMM yyyy"));
        return out.date.isValid();
    }
    return false;
}

// Whether line i of page 1 stands in a column of the masthead: left-aligned with two of its lines,
// one above and one below it.
bool inMastheadColumn(const PdfPage &p, const QList<bool> &furniture, qsizetype i)
{
    const PdfLine &l = p.lines[i];
    if (furniture[i] || l.page != 1 || l.box.top() > p.size.height() * 0.3)
        return false;
    bool above = false;
    bool below = false;
    for (qsizetype j = 0; j < p.lines.size(); ++j) {
        const PdfLine &m = p.lines[j];
        if (j == i || !furniture[j] || std::abs(m.box.left() - l.box.left()) > 0.2 * l.height)
            continue;
        above = above || m.box.bottom() <= l.box.top() + 0.1 * l.height;
        below = below || m.box.top() >= l.box.bottom() - 0.1 * l.height;
    }
    return above && below;
}

} // namespace

namespace {

// What the first pass learns about a page: which lines are furniture, where its footnotes begin
// and where its text column runs.
struct PageFrame
{
    QList<bool> furniture;
    QList<PageTable> tables;
    QList<qsizetype> tableOf; // of each line: the table it is part of, or -1
    qsizetype notesFrom = -1;
    double columnLeft = 0;
    double columnRight = 0;
    bool ragged = false; // the document's lines do not end at one right edge

    // Lines that are neither text nor notes: furniture and tables.
    bool isSetApart(qsizetype i) const { return furniture[i] || tableOf[i] >= 0; }
    bool isBodyLine(qsizetype i) const
    {
        return !isSetApart(i) && (notesFrom < 0 || i < notesFrom);
    }
};

// The page's tables, found among the lines above its footnote rule that are not furniture.
void findTables(const PdfPage &p, double body, double leading, PageFrame &frame)
{
    const qsizetype rule = footnoteRule(p, frame.furniture);
    QList<bool> candidate;
    for (qsizetype i = 0; i < p.lines.size(); ++i)
        candidate.append(!frame.furniture[i] &&
                         (rule < 0 || p.lines[i].box.bottom() <= p.lines[rule].box.top()));
    frame.tables = findPageTables(p.lines, candidate, body, leading);
    frame.tableOf = QList<qsizetype>(p.lines.size(), -1);
    for (qsizetype t = 0; t < frame.tables.size(); ++t) {
        for (qsizetype i : frame.tables[t].lines)
            frame.tableOf[i] = t;
    }
}

PageFrame frameOf(const PdfPage &p, double body, double leading, const QSet<QString> &repeated,
                  const std::optional<JustifiedEdge> &justifiedRight, SourceText &out)
{
    PageFrame frame;
    std::optional<double> mastheadTop;
    for (const PdfLine &l : p.lines) {
        const bool band = inFurnitureBand(l, p.size);
        // A first page's footer can leave its date stamp ("150426") as a run of its own.
        static const QRegularExpression dateStamp(QStringLiteral(R"(^\d{6}$)"));
        const auto tokens = band ? parseFurniture(l.text) : std::nullopt;
        if (tokens && out.symbolFromFurniture.isEmpty())
            out.symbolFromFurniture = tokens->symbol;
        // Notes that differ only in their numbers ("4 A/73/334.", "8 A/73/335.") repeat like a
        // running footer; a note the page calls is not one.
        const bool repeatedLine =
            repeated.contains(repetitionKey(l.text)) && !startsCalledNote(l, p);
        const bool masthead = readMasthead(l, p.size, out);
        if (masthead)
            mastheadTop = std::min(mastheadTop.value_or(l.box.top()), l.box.top());
        const bool isFurniture =
            masthead || (band && (tokens || repeatedLine ||
                                  (inBottomBand(l, p.size) && dateStamp.match(l.text).hasMatch())));
        frame.furniture.append(isFurniture);
    }
    // Nothing of the text stands above the masthead: what does is a stamp on a scanned page
    // (a library's, read by OCR as "UN UBRAR'("). And a line set in the masthead's column
    // between its lines is part of it, also when OCR has spoilt it ("~9 September 1971").
    for (qsizetype i = 0; mastheadTop && i < p.lines.size(); ++i) {
        if (p.lines[i].box.bottom() <= *mastheadTop || inMastheadColumn(p, frame.furniture, i))
            frame.furniture[i] = true;
    }
    findTables(p, body, leading, frame);
    QList<bool> setApart;
    for (qsizetype i = 0; i < p.lines.size(); ++i)
        setApart.append(frame.isSetApart(i));
    frame.notesFrom = footnoteStart(p, setApart, body);
    frame.columnLeft = p.size.width();
    for (qsizetype i = 0; i < p.lines.size(); ++i) {
        if (!setApart[i] && p.lines[i].height >= body * kFootnoteSize) {
            frame.columnLeft = std::min(frame.columnLeft, p.lines[i].box.left());
            frame.columnRight = std::max(frame.columnRight, p.lines[i].box.right());
        }
    }
    // A justified text's lines end at the column's right edge; a table on the page may reach
    // further, and measured against it every line of the prose would look short and end its
    // paragraph.
    if (justifiedRight && justifiedRight->pageSize == p.size)
        frame.columnRight = std::min(frame.columnRight, justifiedRight->right);
    frame.ragged = !justifiedRight;
    return frame;
}

// The width the first unbreakable unit of a line needs (a Latin word, a CJK character with the
// punctuation held to it), by the Unicode line-breaking rules that the writer also followed.
double firstUnitWidth(const PdfLine &line)
{
    const QString &t = line.text;
    if (t.isEmpty())
        return 0;
    qsizetype end = Text::firstLineBreak(t);
    // Writers differ on breaks next to quotation marks (CJK rules allow one before “ and after
    // ”, Unicode's default allows neither): count the characters held by a quote as one unit.
    static const QString opening = QStringLiteral("“‘《「『（(【〔");
    static const QString quotes = QStringLiteral("“”‘’");
    for (int extra = 0; extra < 2 && end < t.size(); ++extra) {
        if (!opening.contains(t[end]) && !quotes.contains(t[end - 1]))
            break;
        end += Text::firstLineBreak(QStringView(t).mid(end));
    }
    while (end > 0 && t[end - 1].isSpace())
        --end;
    if (end > 0 && end <= line.leadingChars.size())
        return line.leadingChars[end - 1].right() - line.leadingChars[0].left();
    // Characters the reader has no box for: the line's mean advance.
    const int width = Text::displayWidth(t);
    return width == 0 ? 0 : line.box.width() / width * Text::displayWidth(QStringView(t).left(end));
}

// Whether the paragraph ends after line l, when n is the next body line: space between them
// wider than the leading, or room left on l for the first word of n (a paragraph of running
// text would have taken it; titles and headings in larger type are broken by hand), or l
// stopping well short of the column.
bool endsParagraph(const PdfLine &l, const PdfLine &n, const PageFrame &frame, double body,
                   double leading, bool samePage)
{
    const bool runningText =
        std::abs(l.height - body) < 0.1 * body && std::abs(n.height - body) < 0.1 * body;
    if (runningText && frame.ragged) {
        // Ragged text (a typescript) says nothing by where its lines end. Its paragraphs are
        // double spaced with their first line indented; a block set single spaced (a title, a
        // list of sponsors, centred or not) is one; a blank line ends anything.
        if (!samePage || leading <= 0)
            return false;
        const double pitch = n.box.top() - l.box.top();
        if (pitch > 1.6 * leading)
            return true;
        return pitch > 1.15 * leading && n.box.left() > frame.columnLeft + 1.5 * n.height;
    }
    // Columns of text side by side (a table of requests and responses): a column's last line
    // ends its text, and each line is judged against its own column's edges.
    if (l.columnRight != n.columnRight)
        return true;
    const double columnLeft = l.columnRight > 0 ? l.columnLeft : frame.columnLeft;
    const double columnRight = l.columnRight > 0 ? l.columnRight : frame.columnRight;
    if (runningText) {
        const double column = columnRight - columnLeft;
        if (l.box.right() < columnRight - 0.2 * column)
            return true;
        const double room = columnRight - l.box.right();
        // Latin text is spaced off from what is next to it, in Chinese text too ("2022 年").
        const bool spaced =
            !Text::isCjk(Text::lastCodePoint(l.text)) || !Text::isCjk(Text::firstCodePoint(n.text));
        const double space = spaced ? 0.3 * n.height : 0;
        if (firstUnitWidth(n) + space < room - 0.1 * n.height)
            return true;
    }
    if (!samePage)
        return false;
    if (leading <= 0)
        return n.box.top() - l.box.bottom() > 0.8 * n.height;
    // Larger type has a larger leading.
    const double scale = std::max(1.0, std::max(l.height, n.height) / body);
    return n.box.top() - l.box.top() > 1.2 * leading * scale;
}

// Whether any text of the page (not a table, not furniture) stands above `top` or below `bottom`.
bool textAbove(const PdfPage &p, const PageFrame &frame, double top)
{
    for (qsizetype i = 0; i < p.lines.size(); ++i) {
        if (frame.isBodyLine(i) && p.lines[i].box.bottom() <= top)
            return true;
    }
    return false;
}

bool textBelow(const PdfPage &p, const PageFrame &frame, double bottom)
{
    for (qsizetype i = 0; i < p.lines.size(); ++i) {
        if (frame.isBodyLine(i) && p.lines[i].box.top() >= bottom)
            return true;
    }
    return false;
}

// Each page's tables as the document keeps them (keyed by page index and table on the page), a
// table that ends its page taking in the one that opens the next; and of each page, its tables
// so taken in.
std::pair<QHash<std::pair<qsizetype, qsizetype>, DocumentTable>, QList<QSet<qsizetype>>>
tablesAcrossPages(const QList<PdfPage> &pages, const QList<PageFrame> &frames)
{
    QHash<std::pair<qsizetype, qsizetype>, DocumentTable> tables;
    QList<QSet<qsizetype>> continued(pages.size());
    std::optional<std::pair<qsizetype, qsizetype>> open; // the table that ends the page before
    for (qsizetype pi = 0; pi < pages.size(); ++pi) {
        const PageFrame &frame = frames[pi];
        for (qsizetype t = 0; t < frame.tables.size(); ++t) {
            const PageTable &pt = frame.tables[t];
            const bool opensPage = t == 0 && !textAbove(pages[pi], frame, pt.top);
            if (open && opensPage && continueTable(tables[*open], pt.table)) {
                continued[pi].insert(t);
            } else {
                tables.insert({pi, t}, pt.table);
                open.reset();
            }
            if (t + 1 == frame.tables.size() && !continued[pi].contains(t))
                open = std::pair{pi, t};
        }
        if (frame.tables.isEmpty() || textBelow(pages[pi], frame, frame.tables.last().bottom))
            open.reset();
    }
    return {tables, continued};
}

} // namespace

SourceText classifyPdfLines(const QList<PdfPage> &pages)
{
    SourceText out;
    out.pageCount = static_cast<int>(pages.size());
    out.lineEndSpacesLost = true;
    const double body = bodyTypeSize(pages);
    const double leading = bodyLeading(pages, body);
    const QSet<QString> repeated = repeatedBandLines(pages);
    QList<PageFrame> frames;
    const auto justifiedRight = justifiedRightEdge(pages, body);
    for (const PdfPage &p : pages)
        frames.append(frameOf(p, body, leading, repeated, justifiedRight, out));
    if (!pages.isEmpty()) {
        QList<bool> bodyLine;
        for (qsizetype i = 0; i < pages.first().lines.size(); ++i)
            bodyLine.append(frames.first().isBodyLine(i));
        const FirstPageTitle first =
            readFirstPageTitle(pages.first(), bodyLine, body, textColumnLeft(pages, body));
        out.title = first.title;
        if (first.adoptedOn.isValid())
            out.date = first.adoptedOn;
    }

    // The body line after line i of page pi, on this page or at the head of a later one.
    auto nextBodyLine = [&](qsizetype pi, qsizetype i) -> std::pair<const PdfLine *, bool> {
        for (qsizetype q = pi; q < pages.size(); ++q) {
            for (qsizetype j = q == pi ? i + 1 : 0; j < pages[q].lines.size(); ++j) {
                if (frames[q].isBodyLine(j))
                    return {&pages[q].lines[j], q == pi};
                if (!frames[q].isSetApart(j))
                    break; // the page's footnotes: the body goes on overleaf
            }
        }
        return {nullptr, false};
    };

    const auto [tableAt, continued] = tablesAcrossPages(pages, frames);
    for (qsizetype pi = 0; pi < pages.size(); ++pi) {
        const PdfPage &p = pages[pi];
        const PageFrame &frame = frames[pi];
        QString pendingMarker; // a marker set on a line of its own ("a" above its note)
        QSet<qsizetype> tablesPlaced;
        QList<qsizetype> placedHere; // indices in out.tables of the tables placed on this page
        qsizetype noteOfTable = -1;  // the table whose note the page's note lines now continue
        for (qsizetype i = 0; i < p.lines.size(); ++i) {
            const PdfLine &l = p.lines[i];
            if (const qsizetype t = frame.tableOf[i]; t >= 0) {
                // The table stands where its first line would be read.
                if (!tablesPlaced.contains(t) && !continued[pi].contains(t)) {
                    out.lines.append(SourceLine{QString(),
                                                l.page,
                                                LineRole::Table,
                                                LineBreak::Unknown,
                                                false,
                                                false,
                                                {},
                                                {}});
                    placedHere.append(out.tables.size());
                    out.tables.append(tableAt[{pi, t}]);
                }
                tablesPlaced.insert(t);
                continue;
            }
            if (frame.furniture[i]) {
                out.lines.append(SourceLine{
                    l.text, l.page, LineRole::Furniture, LineBreak::End, false, false, {}, {}});
                continue;
            }
            SourceLine line{l.text,
                            l.page,
                            LineRole::Text,
                            LineBreak::Unknown,
                            l.box.left() > frame.columnLeft + 1.5 * l.height,
                            false,
                            {},
                            l.linkTargets};
            if (!frame.isBodyLine(i)) {
                if (isRule(l.text)) {
                    line.role = LineRole::FootnoteRule;
                    out.lines.append(line);
                    continue;
                }
                line.role = LineRole::Footnote;
                const QString marker = footnoteMarkerOf(l.text);
                if (marker == l.text.trimmed()) {
                    pendingMarker = marker;
                    continue;
                }
                if (!pendingMarker.isEmpty() || !marker.isEmpty()) {
                    line.startsFootnote = true;
                    line.footnoteMarker = pendingMarker.isEmpty() ? marker : pendingMarker;
                    if (pendingMarker.isEmpty())
                        line.text = l.text.mid(marker.size()).trimmed();
                    pendingMarker.clear();
                    noteOfTable = tableCallingNote(line.footnoteMarker, placedHere, out.tables);
                    if (noteOfTable >= 0)
                        out.tables[noteOfTable].notes.append(
                            Footnote{line.footnoteMarker, line.text, -1});
                } else if (noteOfTable >= 0) {
                    Text::appendWrappedLine(out.tables[noteOfTable].notes.last().text, line.text);
                }
                if (noteOfTable < 0)
                    out.lines.append(line);
                continue;
            }
            const auto [next, samePage] = nextBodyLine(pi, i);
            if (next && endsParagraph(l, *next, frame, body, leading, samePage))
                line.breakAfter = LineBreak::End;
            else if (next && samePage)
                line.breakAfter = LineBreak::Continue;
            out.lines.append(line);
        }
    }
    return out;
}

} // namespace Rapporteur::Importer
