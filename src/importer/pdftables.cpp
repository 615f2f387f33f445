#include "pdftables.h"

#include "text/ideographvariants.h"
#include "text/linejoiner.h"
#include "text/superscript.h"
#include "text/tablefigure.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace Rapporteur::Importer {

namespace {

// A gutter is wider than this share of the type's height; the spaces of a justified line are
// narrower, and those that are not do not line up over several lines.
constexpr double kGutterWidth = 0.8;
// Between two figures a gap wider than the space inside one ("43 122.3": a thin space, a fifth
// of the type's height or less) parts them.
constexpr double kFigureSpace = 0.3;
// Lines of a cell follow each other at the document's leading, against its type's height
// (a face's box is taller or shorter against its size); lines a little further apart than
// that, or than 1.3 heights, are still one cell. Rows set apart are further.
constexpr double kCellLineSlack = 1.2;
constexpr double kCloseLinePitch = 1.3;
constexpr double kRowSpacedPitch = 1.1;
// A table's lines are no further apart than this many leadings of the body.
constexpr double kRowGap = 2.0;

// Words of a row set close together: a cell's text, or one figure ("40 428.4").
struct Phrase
{
    QList<RunPiece> words;
    QRectF box;
};

// The lines of one baseline across the page.
struct Row
{
    QList<qsizetype> lines;
    QRectF box;
    double height = 0; // the largest type on it
    QList<Phrase> phrases;
    bool figures = false; // holdsFigures, asked many times over
};

struct Interval
{
    double left = 0;
    double right = 0;
};

// "122.3" or "(6.3)" ends a figure: the digits after its point are its last; a dash alone is
// a figure of its own.
bool endsFigure(const QString &word)
{
    static const QRegularExpression end(QStringLiteral(R"((?:\d[.,]\d+\)?%?|^[-−–—])$)"));
    return end.match(word).hasMatch();
}

bool startsFigure(const QString &word)
{
    static const QString signs = QStringLiteral("(-−–—$€£¥");
    return !word.isEmpty() && (word.front().isDigit() || signs.contains(word.front()));
}

// A row's words parted where a gap could be a gutter, or where one figure ends and another
// starts: columns of figures can be set closer than a gutter ("43 122.3 36 680.1 (6 442.2)").
QList<Phrase> phrasesOf(const QList<PdfLine> &lines, const Row &row)
{
    QList<RunPiece> words;
    for (qsizetype i : row.lines)
        words += lines[i].words;
    std::stable_sort(words.begin(), words.end(), [](const RunPiece &a, const RunPiece &b) {
        return a.box.left() < b.box.left();
    });
    QList<Phrase> phrases;
    for (const RunPiece &w : words) {
        const double gap = phrases.isEmpty() ? 0 : w.box.left() - phrases.last().box.right();
        if (phrases.isEmpty() || gap >= kGutterWidth * row.height ||
            (gap >= kFigureSpace * row.height && endsFigure(phrases.last().words.last().text) &&
             startsFigure(w.text)))
            phrases.append(Phrase{{}, w.box});
        phrases.last().words.append(w);
        phrases.last().box = phrases.last().box.united(w.box);
    }
    return phrases;
}

QList<Row> rowsOf(const QList<PdfLine> &lines, const QList<bool> &candidate)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (candidate[i] && !lines[i].vertical && !lines[i].words.isEmpty())
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return lines[a].box.top() < lines[b].box.top();
    });
    QList<Row> rows;
    QRectF first; // the baseline the row is set on: its first line's
    for (qsizetype i : order) {
        const PdfLine &l = lines[i];
        if (rows.isEmpty() || !onOneBaseline(first, l.box)) {
            rows.append(Row{{}, l.box, 0, {}});
            first = l.box;
        }
        Row &row = rows.last();
        row.lines.append(i);
        row.box = row.box.united(l.box);
        row.height = std::max(row.height, l.height);
    }
    for (Row &row : rows) {
        std::stable_sort(row.lines.begin(), row.lines.end(), [&](qsizetype a, qsizetype b) {
            return lines[a].box.left() < lines[b].box.left();
        });
        row.phrases = phrasesOf(lines, row);
    }
    return rows;
}

// Where the phrases of rows [from, to] leave the page open from top to bottom. A row of one
// phrase (a label set across the empty columns of its row: "Estimated amount (civilian
// personnel)") says nothing of the columns and can be passed over.
QList<Interval> guttersOf(const QList<Row> &rows, qsizetype from, qsizetype to, double minWidth,
                          bool passSinglePhrases = false)
{
    std::vector<Interval> covered;
    for (int pass = passSinglePhrases ? 0 : 1; pass < 2 && covered.empty(); ++pass) {
        for (qsizetype r = from; r <= to; ++r) {
            if (pass == 0 && rows[r].phrases.size() < 2)
                continue;
            for (const Phrase &p : rows[r].phrases)
                covered.push_back({p.box.left(), p.box.right()});
        }
    }
    std::sort(covered.begin(), covered.end(),
              [](const Interval &a, const Interval &b) { return a.left < b.left; });
    QList<Interval> gutters;
    double right = covered.empty() ? 0 : covered.front().right;
    for (std::size_t k = 1; k < covered.size(); ++k) {
        if (covered[k].left - right >= minWidth)
            gutters.append({right, covered[k].left});
        right = std::max(right, covered[k].right);
    }
    return gutters;
}

int columnAt(double x, const QList<Interval> &gutters)
{
    int column = 0;
    while (column < gutters.size() && x > gutters[column].left)
        ++column;
    return column;
}

// The column of a phrase: where it starts; a phrase set across a gutter is a label of the first
// column when it starts there, else a heading centred over its column(s).
int columnOf(const Phrase &phrase, const QList<Interval> &gutters)
{
    const int start = columnAt(phrase.box.left(), gutters);
    if (start == 0 || start == columnAt(phrase.box.right(), gutters))
        return start;
    return columnAt(phrase.box.center().x(), gutters);
}

// A phrase parted where a space between its words falls in a gutter: a header's cells can
// stand closer together than the columns under them ("2024/25 Unencumbered").
// Only a space wider than the phrase's narrowest is parted: the spaces of a caption or a
// label set across the columns are all alike.
QList<Phrase> partedAtGutters(const Phrase &phrase, const QList<Interval> &gutters)
{
    double narrowest = std::numeric_limits<double>::max();
    for (qsizetype w = 1; w < phrase.words.size(); ++w)
        narrowest =
            std::min(narrowest, phrase.words[w].box.left() - phrase.words[w - 1].box.right());
    const bool oneSpace = phrase.words.size() == 2;
    QList<Phrase> parts{Phrase{{phrase.words.first()}, phrase.words.first().box}};
    for (qsizetype w = 1; w < phrase.words.size(); ++w) {
        const RunPiece &word = phrase.words[w];
        const double gapLeft = parts.last().box.right();
        const bool wider = oneSpace || word.box.left() - gapLeft > 1.5 * std::max(narrowest, 0.5);
        const bool inGutter =
            wider && std::any_of(gutters.cbegin(), gutters.cend(), [&](const Interval &g) {
                return gapLeft < g.right && word.box.left() > g.left;
            });
        if (inGutter)
            parts.append(Phrase{{}, word.box});
        parts.last().words.append(word);
        parts.last().box = parts.last().box.united(word.box);
    }
    return parts;
}

// The words of each column on one row.
QList<QList<RunPiece>> cellsOf(const Row &row, const QList<Interval> &gutters)
{
    QList<QList<RunPiece>> cells(gutters.size() + 1);
    for (const Phrase &phrase : row.phrases) {
        for (const Phrase &p : partedAtGutters(phrase, gutters))
            cells[columnOf(p, gutters)] += p.words;
    }
    return cells;
}

QString textOf(QList<RunPiece> words)
{
    if (words.isEmpty())
        return {};
    words.first().gap = 0;
    for (qsizetype k = 1; k < words.size(); ++k)
        words[k].gap = words[k].box.left() - words[k - 1].box.right();
    // Dot leaders run from an entry to its page number: they are the rule, not the text.
    static const QRegularExpression leader(QStringLiteral(R"((?:\s*\.){3,}\s*$)"));
    return Text::unifyIdeographVariants(joinRunPieces(words).remove(leader).simplified());
}

// A raised marker as the PDF reader glues it to the text ("¹", "ᵃ").
bool isRaised(QChar c)
{
    return Text::raisedDigits().contains(c) || c.category() == QChar::Letter_Modifier;
}

bool isFigure(const QString &text, bool digitNeeded)
{
    return digitNeeded ? Text::isTableNumber(text) : Text::isTableFigure(text);
}

// A label that hangs a paragraph or list item out in the margin: "16.34", "(a)", "ii.", "•".
bool isListLabel(const QString &text)
{
    static const QRegularExpression label(QStringLiteral(
        R"(^(?:\(?\d{1,3}(?:\.\d{1,3})*\)?\.?|\(?[a-z]{1,4}\)|[a-zA-Z]\.|[ivxlcIVXLC]+\.|[•·▪‒–—-])$)"));
    return label.match(text).hasMatch();
}

bool isLowerStart(const QString &text)
{
    for (QChar c : text) {
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            continue;
        return c.isLower();
    }
    return false;
}

// Whether a row holds a figure set apart as a cell of its own, right of its first cell: a row of
// a table's body, not of its header ("2025/26 cost") nor of prose ("from 1 July to 30 June").
bool holdsFigures(const Row &row)
{
    static const QString figureStart = QStringLiteral("([+-−–—$€£¥");
    for (qsizetype p = 1; p < row.phrases.size(); ++p) {
        const QString &word = row.phrases[p].words.first().text;
        if (!word.isEmpty() && (word.front().isDigit() || figureStart.contains(word.front())) &&
            isFigure(textOf(row.phrases[p].words), true))
            return true;
    }
    return false;
}

// "(2022/23: 84 per cent;": the cell goes on in the next line.
bool leavesBracketOpen(const QString &text)
{
    return text.count(QLatin1Char('(')) > text.count(QLatin1Char(')'));
}

// Union-find over rows: which rows make one row of the table.
struct RowGroups
{
    QList<qsizetype> parent;
    QList<QSet<int>> figureColumns; // of each group's root: columns holding a figure

    qsizetype root(qsizetype r)
    {
        while (parent[r] != r)
            r = parent[r] = parent[parent[r]];
        return r;
    }
    bool join(qsizetype a, qsizetype b)
    {
        a = root(a);
        b = root(b);
        if (a == b)
            return true;
        if (figureColumns[a].intersects(figureColumns[b]))
            return false; // two figures of one column are two rows
        parent[b] = a;
        figureColumns[a].unite(figureColumns[b]);
        return true;
    }
};

class TableReader
{
public:
    // leadingRatio: the body text's leading against the height of its type.
    TableReader(const QList<PdfLine> &lines, const QList<Row> &rows, double leadingRatio)
        : m_lines(lines), m_rows(rows), m_leadingRatio(leadingRatio)
    {
    }

    // The rows [from, to] read as a table, trimmed of lines before and after it that fill only
    // its first column (its caption, a prose line); nothing when they are no table.
    std::optional<PageTable> read(qsizetype from, qsizetype to)
    {
        QList<Interval> gutters;
        for (bool trimmed = true; trimmed;) {
            trimmed = false;
            // A header can set a cell across columns ("Variance" over "Amount" and
            // "Percentage"): the columns are where the rows under it leave the page open.
            const qsizetype body = from + headerZone(from, to);
            gutters = guttersOf(m_rows, body, to, minGutter(from, to), mostlyCells(body, to));
            // Text in larger type than the table's rows is the page's: a heading, the prose
            // around. The rows are those from the first of figures on (a header can be smaller).
            const double typical = medianHeight(body, to) + 0.5;
            while (from < to && m_rows[from].height > typical) {
                ++from;
                trimmed = true;
            }
            while (to > from && m_rows[to].height > typical) {
                --to;
                trimmed = true;
            }
            // Lines of the first column only, set off from the rows by a wider space, are a
            // caption above and the text going on below; close to them, they are rows (a group's
            // label, a cell's last line).
            const double wide = 1.5 * medianPitch(from, to);
            // A line set across the columns above the header is a caption too (a line of units).
            qsizetype cut = -1;
            for (qsizetype k = from; k < to && fillsFirstColumnOnly(k, gutters); ++k) {
                if (m_rows[k + 1].box.top() - m_rows[k].box.top() > wide ||
                    crossesGutter(k, gutters))
                    cut = k;
            }
            if (cut >= 0) {
                from = cut + 1;
                trimmed = true;
            }
            cut = -1;
            // Below, a line in smaller type than the rows is a note of the table.
            const double smaller = medianHeight(from, to) - 0.5;
            for (qsizetype k = to; k > from; --k) {
                const bool note = opensCalledNote(k);
                if (!fillsFirstColumnOnly(k, gutters) && !note)
                    break;
                if (note || m_rows[k].box.top() - m_rows[k - 1].box.top() > wide ||
                    m_rows[k].height < smaller)
                    cut = k;
            }
            if (cut >= 0) {
                to = cut - 1;
                trimmed = true;
            }
        }
        gutters = withCloseFigureColumns(gutters, from + headerZone(from, to), to);
        // A column of list labels is a hanging indent.
        if (!gutters.isEmpty() && firstColumnIsLabels(from, to, gutters))
            gutters.removeFirst();
        if (gutters.isEmpty() || to - from + 1 < 3)
            return std::nullopt;
        int across = 0;
        for (qsizetype r = from; r <= to; ++r) {
            const auto cells = cellsOf(m_rows[r], gutters);
            across += std::count_if(cells.cbegin(), cells.cend(),
                                    [](const auto &c) { return !c.isEmpty(); }) >= 2;
        }
        if (across < 2)
            return std::nullopt;
        return build(from, to, gutters);
    }

private:
    // Columns of figures can stand closer together than a gutter ("43 122.3 36 680.1 (6 442.2)"):
    // within a column whose rows [from, to] hold figures only, a narrower gap that all of them
    // leave open parts two columns of figures.
    QList<Interval> withCloseFigureColumns(const QList<Interval> &gutters, qsizetype from,
                                           qsizetype to) const
    {
        QList<Interval> out;
        const qsizetype columns = gutters.size() + 1;
        for (qsizetype c = 0; c < columns; ++c) {
            if (c > 0)
                out.append(gutters[c - 1]);
            const double left = c == 0 ? -std::numeric_limits<double>::max() : gutters[c - 1].right;
            const double right =
                c + 1 == columns ? std::numeric_limits<double>::max() : gutters[c].left;
            std::vector<Interval> covered;
            double height = 0;
            bool figuresOnly = true;
            for (qsizetype r = from; r <= to && figuresOnly; ++r) {
                for (const Phrase &p : m_rows[r].phrases) {
                    const double centre = p.box.center().x();
                    if (centre <= left || centre >= right)
                        continue;
                    figuresOnly = figuresOnly && Text::isTableFigure(textOf(p.words));
                    covered.push_back({p.box.left(), p.box.right()});
                    height = std::max(height, m_rows[r].height);
                }
            }
            if (!figuresOnly || covered.size() < 2)
                continue;
            std::sort(covered.begin(), covered.end(),
                      [](const Interval &a, const Interval &b) { return a.left < b.left; });
            double reach = covered.front().right;
            for (std::size_t k = 1; k < covered.size(); ++k) {
                if (covered[k].left - reach >= kFigureSpace * height)
                    out.append({reach, covered[k].left});
                reach = std::max(reach, covered[k].right);
            }
        }
        return out;
    }

    // Whether most rows hold more than one phrase, as a table's rows do; prose has a phrase to a
    // line, and a label hanging before a paragraph's first line only.
    bool mostlyCells(qsizetype from, qsizetype to) const
    {
        qsizetype several = 0;
        for (qsizetype r = from; r <= to; ++r)
            several += m_rows[r].phrases.size() > 1;
        return 2 * several > to - from + 1;
    }

    double medianHeight(qsizetype from, qsizetype to) const
    {
        QList<double> heights;
        for (qsizetype r = from; r <= to; ++r)
            heights.append(m_rows[r].height);
        std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
        return heights[heights.size() / 2];
    }

    double medianPitch(qsizetype from, qsizetype to) const
    {
        QList<double> pitches;
        for (qsizetype r = from; r < to; ++r)
            pitches.append(m_rows[r + 1].box.top() - m_rows[r].box.top());
        if (pitches.isEmpty())
            return 0;
        std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
        return pitches[pitches.size() / 2];
    }

    double minGutter(qsizetype from, qsizetype to) const
    {
        return kGutterWidth * medianHeight(from, to);
    }

    // How many rows from `from` come before the first row of figures (holdsFigures), leaving
    // two rows at least; one when the rows hold no figures.
    qsizetype headerZone(qsizetype from, qsizetype to) const
    {
        const qsizetype n = to - from + 1;
        for (qsizetype k = 0; k + 2 <= n; ++k) {
            if (m_rows[from + k].figures)
                return k;
        }
        return n >= 3 ? 1 : 0;
    }

    bool fillsFirstColumnOnly(qsizetype r, const QList<Interval> &gutters) const
    {
        const auto cells = cellsOf(m_rows[r], gutters);
        return std::all_of(cells.cbegin() + 1, cells.cend(),
                           [](const auto &c) { return c.isEmpty(); });
    }

    // Whether row r opens with the marker of a note that a line above it on the page calls ("a
    // Represents …" under "Temporary positionsᵃ"): a note, set like the table's rows.
    bool opensCalledNote(qsizetype r) const
    {
        static const QRegularExpression marker(QStringLiteral(R"(^([a-z]|[*†‡]{1,3})\s)"));
        const auto m = marker.match(m_lines[m_rows[r].lines.first()].text);
        if (!m.hasMatch())
            return false;
        const QString raised = Text::superscriptForm(m.captured(1));
        for (qsizetype k = 0; k < r; ++k) {
            for (qsizetype i : m_rows[k].lines) {
                if (m_lines[i].text.contains(raised))
                    return true;
            }
        }
        return false;
    }

    bool crossesGutter(qsizetype r, const QList<Interval> &gutters) const
    {
        return std::any_of(
            m_rows[r].phrases.cbegin(), m_rows[r].phrases.cend(), [&](const Phrase &p) {
                return columnAt(p.box.left(), gutters) != columnAt(p.box.right(), gutters);
            });
    }

    // Whether the first column holds nothing but labels of the text beside them (a line that
    // fills the first column only is the text going on, not a row).
    bool firstColumnIsLabels(qsizetype from, qsizetype to, const QList<Interval> &gutters) const
    {
        bool any = false;
        for (qsizetype r = from; r <= to; ++r) {
            const auto cells = cellsOf(m_rows[r], gutters);
            const QString label = textOf(cells.first());
            if (label.isEmpty() || fillsFirstColumnOnly(r, gutters))
                continue;
            if (!isListLabel(label))
                return false;
            any = true;
        }
        return any;
    }

    PageTable build(qsizetype from, qsizetype to, const QList<Interval> &gutters)
    {
        const qsizetype n = to - from + 1;
        QList<QList<QString>> texts(n);
        QList<QList<double>> tops(n); // of each cell's words: where they start on the page
        RowGroups groups;
        for (qsizetype k = 0; k < n; ++k) {
            groups.parent.append(k);
            QSet<int> figures;
            for (const auto &cell : cellsOf(m_rows[from + k], gutters)) {
                texts[k].append(textOf(cell));
                double top = m_rows[from + k].box.top();
                for (const RunPiece &w : cell)
                    top = w.raised ? top : std::max(top, w.box.top());
                tops[k].append(top);
                if (isFigure(texts[k].last(), false))
                    figures.insert(static_cast<int>(texts[k].size() - 1));
            }
            groups.figureColumns.append(figures);
        }
        // Rows set apart from each other, with the lines of a cell closer: the close lines are
        // one cell. Otherwise only a line that goes on in lower case continues the cell above.
        const double cellLine = std::max(kCloseLinePitch, kCellLineSlack * m_leadingRatio);
        bool spaced = false;
        for (qsizetype k = 1; k < n; ++k)
            spaced = spaced || pitch(from + k - 1, from + k) >= kRowSpacedPitch * cellLine;
        const int columns = static_cast<int>(gutters.size() + 1);
        for (int c = 0; c < columns; ++c) {
            qsizetype above = -1;
            for (qsizetype k = 0; k < n; ++k) {
                if (texts[k][c].isEmpty())
                    continue;
                // Measured in the column: a column's cells can start half a line below the
                // others' ("Establishment of a joint" after a paragraph's space).
                const auto inColumn = [&](qsizetype a, qsizetype b) {
                    return (tops[b][c] - tops[a][c]) /
                           std::max(m_rows[from + a].height, m_rows[from + b].height);
                };
                if (above >= 0 && inColumn(above, k) <= cellLine &&
                    (spaced || isLowerStart(texts[k][c]) || leavesBracketOpen(texts[above][c])))
                    groups.join(above, k);
                above = k;
            }
        }
        PageTable out;
        out.table.firstPage = out.table.lastPage = m_lines[m_rows[from].lines.first()].page;
        out.top = m_rows[from].box.top();
        out.bottom = m_rows[to].box.bottom();
        QHash<qsizetype, qsizetype> rowOfGroup;
        QList<QList<qsizetype>> lastLine; // of each table row and column: the line it last took
        QList<double> rowHeights;         // of each table row: its largest type
        for (qsizetype k = 0; k < n; ++k) {
            for (qsizetype i : m_rows[from + k].lines)
                out.lines.append(i);
            const qsizetype g = groups.root(k);
            auto it = rowOfGroup.find(g);
            if (it == rowOfGroup.end()) {
                it = rowOfGroup.insert(g, out.table.rows.size());
                out.table.rows.append(TableRow{QStringList(columns), false});
                lastLine.append(QList<qsizetype>(columns, -1));
            }
            if (rowHeights.size() < out.table.rows.size())
                rowHeights.append(0);
            rowHeights[*it] = std::max(rowHeights[*it], m_rows[from + k].height);
            TableRow &row = out.table.rows[*it];
            for (int c = 0; c < columns; ++c) {
                if (texts[k][c].isEmpty())
                    continue;
                qsizetype &last = lastLine[*it][c];
                if (row.cells[c].isEmpty())
                    row.cells[c] = texts[k][c];
                else if ((tops[k][c] - tops[last][c]) / m_rows[from + k].height <= cellLine)
                    Text::appendWrappedLine(row.cells[c], texts[k][c]);
                else // a cell of paragraphs
                    row.cells[c] += QLatin1Char('\n') + texts[k][c];
                last = k;
            }
        }
        markHeader(out.table, rowHeights);
        return out;
    }

    // The distance between two rows' tops, in their type's height.
    double pitch(qsizetype a, qsizetype b) const
    {
        const double height = std::max(m_rows[a].height, m_rows[b].height);
        return height <= 0 ? 0 : (m_rows[b].box.top() - m_rows[a].box.top()) / height;
    }

    // The rows before the first row of figures are the header (the first row when there are
    // none); where the header is set in smaller type than the rows, only the smaller rows are.
    static void markHeader(DocumentTable &table, const QList<double> &heights)
    {
        qsizetype firstFigures = -1;
        for (qsizetype r = 0; r < table.rows.size() && firstFigures < 0; ++r) {
            const QStringList &cells = table.rows[r].cells;
            if (std::any_of(cells.cbegin() + 1, cells.cend(),
                            [](const QString &c) { return isFigure(c, true); }))
                firstFigures = r;
        }
        qsizetype header = firstFigures >= 0 ? firstFigures : (table.rows.size() > 1 ? 1 : 0);
        header = std::min(header, table.rows.size() / 2);
        if (header > 0 && header < table.rows.size()) {
            QList<double> rest(heights.cbegin() + header, heights.cend());
            std::sort(rest.begin(), rest.end());
            const double typical = rest[rest.size() / 2];
            qsizetype smaller = 0;
            while (smaller < header && heights[smaller] < typical - 0.5)
                ++smaller;
            if (smaller > 0)
                header = smaller;
        }
        for (qsizetype r = 0; r < header; ++r)
            table.rows[r].header = true;
    }

    const QList<PdfLine> &m_lines;
    const QList<Row> &m_rows;
    double m_leadingRatio;
};

// Of the lines not yet taken, those that are above the table and those that are under it, each
// as a block set close together, nearest first.
QList<qsizetype> blockBeside(const QList<PdfLine> &lines, const QList<bool> &free,
                             const PageTable &t, double leading, bool above)
{
    QList<qsizetype> order;
    double left = std::numeric_limits<double>::max();
    double right = 0;
    for (qsizetype i : t.lines) {
        left = std::min(left, lines[i].box.left());
        right = std::max(right, lines[i].box.right());
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRectF &b = lines[i].box;
        const bool side = above ? b.bottom() <= t.top + 1 : b.top() >= t.bottom - 1;
        if (free[i] && !lines[i].vertical && side && b.right() > left && b.left() < right)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return above ? lines[a].box.top() > lines[b].box.top()
                     : lines[a].box.top() < lines[b].box.top();
    });
    QList<qsizetype> block;
    double edge = above ? t.top : t.bottom;
    for (qsizetype i : order) {
        const QRectF &b = lines[i].box;
        const double gap = above ? edge - b.bottom() : b.top() - edge;
        // The first line may stand some way off; the block's lines follow each other closely.
        const double allowed = block.isEmpty() ? kRowGap * leading : 0.5 * leading;
        const bool besideLast = !block.isEmpty() && onOneBaseline(b, lines[block.last()].box);
        if (gap > allowed && !besideLast)
            break;
        block.append(i);
        edge = above ? std::min(edge, b.top()) : std::max(edge, b.bottom());
    }
    return block;
}

// The caption: a block of at most three short lines (or lines in small type) set just above.
void readCaption(const QList<PdfLine> &lines, QList<bool> &free, PageTable &t, double body,
                 double leading)
{
    QList<qsizetype> block = blockBeside(lines, free, t, leading, true);
    if (block.isEmpty() || block.size() > 3)
        return;
    double left = std::numeric_limits<double>::max();
    double right = 0;
    for (qsizetype i : t.lines) {
        left = std::min(left, lines[i].box.left());
        right = std::max(right, lines[i].box.right());
    }
    const double tableWidth = right - left;
    // A sentence in the body's type ("… as follows:") is text leading to the table.
    static const QRegularExpression sentenceEnd(QStringLiteral(R"([.:;]$)"));
    for (qsizetype i : block) {
        const PdfLine &l = lines[i];
        if (l.height >= 0.95 * body &&
            (l.box.width() > 0.75 * tableWidth || sentenceEnd.match(l.text).hasMatch()))
            return;
    }
    std::reverse(block.begin(), block.end());
    for (qsizetype i : block) {
        if (!t.table.caption.isEmpty())
            t.table.caption += QLatin1Char(' ');
        t.table.caption += lines[i].text;
        free[i] = false;
        t.lines.append(i);
    }
}

// Whether a cell of the table calls the note: its marker raised ("12.5ᵃ") or a sign after it.
bool callsNote(const DocumentTable &table, const QString &marker)
{
    const QString raised = Text::superscriptForm(marker);
    for (const TableRow &row : table.rows) {
        for (const QString &cell : row.cells) {
            if (raised == marker ? cell.contains(marker) : cell.contains(raised))
                return true;
        }
    }
    return false;
}

// The table's notes: the lines in small type just under it, each note opening with its marker.
void readNotes(const QList<PdfLine> &lines, QList<bool> &free, PageTable &t, double body,
               double leading)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(^([a-z]|\d{1,2}|[*†‡]{1,3})\s+(.*)$)"));
    for (qsizetype i : blockBeside(lines, free, t, leading, false)) {
        const PdfLine &l = lines[i];
        if (l.height >= 0.95 * body)
            break;
        QString text = l.text;
        QString mark;
        if (const auto m = marker.match(text); m.hasMatch() && callsNote(t.table, m.captured(1))) {
            mark = m.captured(1);
            text = m.captured(2);
        } else if (!text.isEmpty() && isRaised(text.front())) {
            mark = text.left(1).normalized(QString::NormalizationForm_KC);
            text = text.mid(1).trimmed();
        }
        // A note opens with its marker, or with a word that says what it is ("Note:",
        // "Source:"); a small line under the table that does neither is not the table's.
        static const QRegularExpression labelled(QStringLiteral(R"(^\w+(?:\s\w+)?\s?[:：])"));
        if (mark.isEmpty() && t.table.notes.isEmpty() && !labelled.match(text).hasMatch())
            break;
        if (!mark.isEmpty() || t.table.notes.isEmpty())
            t.table.notes.append(Footnote{mark, text, -1});
        else
            Text::appendWrappedLine(t.table.notes.last().text, text);
        free[i] = false;
        t.lines.append(i);
    }
}

} // namespace

QList<PageTable> findPageTables(const QList<PdfLine> &lines, const QList<bool> &candidate,
                                double body, double leading)
{
    QList<PageTable> tables;
    QList<Row> rows = rowsOf(lines, candidate);
    for (Row &row : rows)
        row.figures = holdsFigures(row);
    const double lead = leading > 0 ? leading : 1.2 * body;
    TableReader reader(lines, rows, body > 0 ? lead / body : 1.2);
    QList<bool> free = candidate;
    for (qsizetype from = 0; from < rows.size();) {
        // The longest run of rows, set close, that the page leaves open somewhere throughout;
        // from its first row of figures on, since a header's cells can stand closer together
        // than its columns ("2024/25 Unencumbered").
        qsizetype to = from;
        std::optional<qsizetype> figures;
        if (rows[from].figures)
            figures = from;
        while (to + 1 < rows.size() &&
               rows[to + 1].box.top() - rows[to].box.bottom() <= kRowGap * lead) {
            if (!figures && rows[to + 1].figures)
                figures = to + 1;
            // A line in larger type than the rows of figures is the page's again (a heading).
            if (figures && rows[to + 1].height > rows[*figures].height + 0.5)
                break;
            if (guttersOf(rows, figures.value_or(from), to + 1, kGutterWidth * body * 0.7)
                    .isEmpty())
                break;
            ++to;
        }
        std::optional<PageTable> table = to > from ? reader.read(from, to) : std::nullopt;
        if (!table) {
            ++from;
            continue;
        }
        for (qsizetype i : table->lines)
            free[i] = false;
        readCaption(lines, free, *table, body, lead);
        readNotes(lines, free, *table, body, lead);
        tables.append(std::move(*table));
        from = to + 1;
    }
    return tables;
}

bool continueTable(DocumentTable &table, const DocumentTable &next)
{
    if (table.columnCount() != next.columnCount() || table.columnCount() == 0)
        return false;
    qsizetype skip = 0;
    while (skip < next.rows.size() && next.rows[skip].header)
        ++skip;
    // The header repeated overleaf (all of it or its last rows) is not a row of the table.
    const auto isHeaderOfTable = [&](const TableRow &row) {
        return std::any_of(table.rows.cbegin(), table.rows.cend(), [&](const TableRow &own) {
            return own.header && own.cells == row.cells;
        });
    };
    for (qsizetype r = 0; r < next.rows.size(); ++r) {
        if (r < skip && isHeaderOfTable(next.rows[r]))
            continue;
        table.rows.append(TableRow{next.rows[r].cells, false});
    }
    table.notes += next.notes;
    table.lastPage = next.lastPage;
    return true;
}

} // namespace Rapporteur::Importer
