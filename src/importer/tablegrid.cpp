#include "tablegrid.h"

#include "text/ideographvariants.h"
#include "text/tablefigure.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Rapporteur::Importer {

namespace {

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

// Whether a row holds a figure set apart as a cell of its own, right of its first cell: a row of
// a table's body, not of its header ("2025/26 cost") nor of prose ("from 1 July to 30 June").
bool holdsFigures(const Row &row)
{
    static const QString figureStart = QStringLiteral("([+-−–—$€£¥");
    for (qsizetype p = 1; p < row.phrases.size(); ++p) {
        const QString &word = row.phrases[p].words.first().text;
        if (!word.isEmpty() && (word.front().isDigit() || figureStart.contains(word.front())) &&
            Text::isTableNumber(textOf(row.phrases[p].words)))
            return true;
    }
    return false;
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

} // namespace

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
        row.figures = holdsFigures(row);
    }
    return rows;
}

QList<Interval> guttersOf(const QList<Row> &rows, qsizetype from, qsizetype to, double minWidth,
                          bool passSinglePhrases)
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

} // namespace Rapporteur::Importer
