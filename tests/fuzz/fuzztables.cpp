// The table reader on pages of words nobody laid out on purpose: each input is a page of lines,
// each line a baseline with words at any place and of any width, so that rows, gutters, cells,
// headers, captions, notes and a continuation overleaf are tried on shapes no PDF of ours has.
#include "readingchain.h"

#include "importer/pdftables.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

using namespace Rapporteur;
using namespace Rapporteur::Importer;

// Reads bytes in turn; zero once they run out.
class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    bool done() const { return m_at >= m_size; }
    uint8_t next() { return m_at < m_size ? m_data[m_at++] : 0; }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

// A line: top, type height, then words (left, width, text of up to 7 characters from a small
// alphabet of figures, letters, markers and punctuation).
QList<PdfLine> pageOf(Bytes &bytes)
{
    static const char alphabet[] = "0123456789 .,()-ab*AT:";
    QList<PdfLine> lines;
    while (!bytes.done() && lines.size() < 200) {
        PdfLine line;
        const double top = bytes.next() * 3.0;
        line.height = 4 + bytes.next() % 16;
        line.page = 1;
        double x = bytes.next() * 2.0;
        const int words = 1 + bytes.next() % 6;
        for (int w = 0; w < words; ++w) {
            QString text;
            const int length = 1 + bytes.next() % 7;
            for (int c = 0; c < length; ++c)
                text += QLatin1Char(alphabet[bytes.next() % (sizeof(alphabet) - 1)]);
            text = text.trimmed();
            if (text.isEmpty())
                text = QStringLiteral("x");
            const double width = 1 + bytes.next() % 60;
            const double gap = bytes.next() % 40;
            line.words.append(RunPiece{text, w == 0 ? 0 : gap, line.height, false, false,
                                       QRectF(x, top, width, line.height)});
            line.text += (w == 0 ? QString() : QStringLiteral(" ")) + text;
            x += width + gap;
        }
        line.box = QRectF(line.words.first().box.left(), top, x - line.words.first().box.left(),
                          line.height);
        lines.append(line);
    }
    return lines;
}

void check(const QList<PageTable> &tables, qsizetype lineCount)
{
    QSet<qsizetype> taken;
    for (const PageTable &t : tables) {
        if (t.table.rows.isEmpty() || t.table.columnCount() < 2)
            Fuzz::broken("a table has rows and two columns or more");
        for (const TableRow &row : t.table.rows) {
            if (row.cells.size() != t.table.columnCount())
                Fuzz::broken("every row of a table has a cell for each column");
        }
        for (qsizetype i : t.lines) {
            if (i < 0 || i >= lineCount)
                Fuzz::broken("a table's lines are lines of the page");
            if (taken.contains(i))
                Fuzz::broken("a line belongs to one table at most");
            taken.insert(i);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > static_cast<size_t>(Fuzz::kMaxInput))
        return -1;
    Bytes bytes(data, size);
    const QList<PdfLine> first = pageOf(bytes);
    const QList<PdfLine> second = pageOf(bytes);
    QList<PageTable> tables = findPageTables(first, QList<bool>(first.size(), true), 11, 12);
    check(tables, first.size());
    const QList<PageTable> overleaf =
        findPageTables(second, QList<bool>(second.size(), true), 11, 12);
    check(overleaf, second.size());
    if (!tables.isEmpty() && !overleaf.isEmpty()) {
        DocumentTable joined = tables.last().table;
        if (continueTable(joined, overleaf.first().table)) {
            for (const TableRow &row : joined.rows) {
                if (row.cells.size() != joined.columnCount())
                    Fuzz::broken("a table continued overleaf keeps its columns");
            }
        }
    }
    return 0;
}
