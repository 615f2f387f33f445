#include "pdftables.h"

#include "tablegrid.h"
#include "tablereader.h"

#include "text/linejoiner.h"
#include "text/superscript.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

namespace Rapporteur::Importer {

namespace {

// A table's lines are no further apart than this many leadings of the body.
constexpr double kRowGap = 2.0;

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

// Whether a cell of the table calls the note: its marker raised ("12.5ᵃ"), or a sign after it
// ("2025***" calls "***", not "*").
bool callsNote(const DocumentTable &table, const QString &marker)
{
    const QString raised = Text::superscriptForm(marker);
    const bool sign = raised == marker;
    for (const TableRow &row : table.rows) {
        for (const QString &cell : row.cells) {
            if (sign ? cell.endsWith(marker) && !cell.endsWith(marker + marker.front())
                     : cell.contains(raised))
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
        } else if (!text.isEmpty() && Text::isRaisedMarkerCharacter(text.front())) {
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
    const QList<Row> rows = rowsOf(lines, candidate);
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

// Of the tables placed on a page, the one whose cells call a note of the page ("2025***" in a
// table of contents); -1 when none does.
qsizetype tableCallingNote(const QString &marker, const QList<qsizetype> &placed,
                           const QList<DocumentTable> &tables)
{
    for (qsizetype t : placed) {
        if (callsNote(tables[t], marker))
            return t;
    }
    return -1;
}

} // namespace Rapporteur::Importer
