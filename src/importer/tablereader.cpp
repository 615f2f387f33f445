#include "tablereader.h"

#include "text/linejoiner.h"
#include "text/superscript.h"
#include "text/tablefigure.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace Rapporteur::Importer {

namespace {

// Lines of a cell follow each other at the document's leading, against its type's height
// (a face's box is taller or shorter against its size); lines a little further apart than
// that, or than 1.3 heights, are still one cell. Rows set apart are further.
constexpr double kCellLineSlack = 1.2;
constexpr double kCloseLinePitch = 1.3;
constexpr double kRowSpacedPitch = 1.1;

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

} // namespace

std::optional<PageTable> TableReader::read(qsizetype from, qsizetype to)
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
            if (m_rows[k + 1].box.top() - m_rows[k].box.top() > wide || crossesGutter(k, gutters))
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

// Columns of figures can stand closer together than a gutter ("43 122.3 36 680.1 (6 442.2)"):
// within a column whose rows [from, to] hold figures only, a narrower gap that all of them
// leave open parts two columns of figures.
QList<Interval> TableReader::withCloseFigureColumns(const QList<Interval> &gutters, qsizetype from,
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
bool TableReader::mostlyCells(qsizetype from, qsizetype to) const
{
    qsizetype several = 0;
    for (qsizetype r = from; r <= to; ++r)
        several += m_rows[r].phrases.size() > 1;
    return 2 * several > to - from + 1;
}

double TableReader::medianHeight(qsizetype from, qsizetype to) const
{
    QList<double> heights;
    for (qsizetype r = from; r <= to; ++r)
        heights.append(m_rows[r].height);
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights[heights.size() / 2];
}

double TableReader::medianPitch(qsizetype from, qsizetype to) const
{
    QList<double> pitches;
    for (qsizetype r = from; r < to; ++r)
        pitches.append(m_rows[r + 1].box.top() - m_rows[r].box.top());
    if (pitches.isEmpty())
        return 0;
    std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
    return pitches[pitches.size() / 2];
}

double TableReader::minGutter(qsizetype from, qsizetype to) const
{
    return kGutterWidth * medianHeight(from, to);
}

// How many rows from `from` come before the first row of figures (holdsFigures), leaving
// two rows at least; one when the rows hold no figures.
qsizetype TableReader::headerZone(qsizetype from, qsizetype to) const
{
    const qsizetype n = to - from + 1;
    for (qsizetype k = 0; k + 2 <= n; ++k) {
        if (m_rows[from + k].figures)
            return k;
    }
    return n >= 3 ? 1 : 0;
}

bool TableReader::fillsFirstColumnOnly(qsizetype r, const QList<Interval> &gutters) const
{
    const auto cells = cellsOf(m_rows[r], gutters);
    return std::all_of(cells.cbegin() + 1, cells.cend(), [](const auto &c) { return c.isEmpty(); });
}

// Whether row r opens with the marker of a note that a line above it on the page calls ("a
// Represents …" under "Temporary positionsᵃ"): a note, set like the table's rows.
bool TableReader::opensCalledNote(qsizetype r) const
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

bool TableReader::crossesGutter(qsizetype r, const QList<Interval> &gutters) const
{
    return std::any_of(m_rows[r].phrases.cbegin(), m_rows[r].phrases.cend(), [&](const Phrase &p) {
        return columnAt(p.box.left(), gutters) != columnAt(p.box.right(), gutters);
    });
}

// Whether the first column holds nothing but labels of the text beside them (a line that
// fills the first column only is the text going on, not a row).
bool TableReader::firstColumnIsLabels(qsizetype from, qsizetype to,
                                      const QList<Interval> &gutters) const
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

PageTable TableReader::build(qsizetype from, qsizetype to, const QList<Interval> &gutters)
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
            if (Text::isTableFigure(texts[k].last()))
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
double TableReader::pitch(qsizetype a, qsizetype b) const
{
    const double height = std::max(m_rows[a].height, m_rows[b].height);
    return height <= 0 ? 0 : (m_rows[b].box.top() - m_rows[a].box.top()) / height;
}

// The rows before the first row of figures are the header (the first row when there are
// none); where the header is set in smaller type than the rows, only the smaller rows are.
void TableReader::markHeader(DocumentTable &table, const QList<double> &heights)
{
    qsizetype firstFigures = -1;
    for (qsizetype r = 0; r < table.rows.size() && firstFigures < 0; ++r) {
        const QStringList &cells = table.rows[r].cells;
        if (std::any_of(cells.cbegin() + 1, cells.cend(),
                        [](const QString &c) { return Text::isTableNumber(c); }))
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

} // namespace Rapporteur::Importer
