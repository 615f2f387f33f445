#include "typemetrics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Rapporteur::Importer {

namespace {
// Characters a line of running text has at least (a body line holds some 70 to 100).
constexpr qsizetype kProseLine = 40;
// Lines that must end at one edge before it is taken for a justified column's: a few lines of a
// typescript can end together by chance.
constexpr qsizetype kJustifiedLines = 5;
} // namespace

double textColumnLeft(const QList<PdfPage> &pages, double body)
{
    QHash<int, int> lines;
    for (const PdfPage &p : pages) {
        for (const PdfLine &l : p.lines) {
            if (std::abs(l.height - body) < 0.1 * body)
                ++lines[static_cast<int>(std::lround(l.box.left()))];
        }
    }
    int left = 0;
    int most = 0;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < left)) {
            most = it.value();
            left = it.key();
        }
    }
    return left;
}

double bodyTypeSize(const QList<PdfPage> &pages)
{
    QList<std::pair<double, qsizetype>> sizes; // height, letters set at it
    qsizetype letters = 0;
    for (const PdfPage &p : pages) {
        for (const PdfLine &l : p.lines) {
            if (l.text.size() < 20)
                continue;
            const auto n = std::count_if(l.text.cbegin(), l.text.cend(),
                                         [](QChar c) { return c.isLetter(); });
            sizes.append({l.height, n});
            letters += n;
        }
    }
    if (letters == 0)
        return 10;
    std::sort(sizes.begin(), sizes.end());
    qsizetype seen = 0;
    for (const auto &[height, n] : sizes) {
        seen += n;
        if (2 * seen >= letters)
            return height;
    }
    return sizes.last().first;
}

double bodyLeading(const QList<PdfPage> &pages, double body)
{
    QList<double> pitches;
    for (const PdfPage &p : pages) {
        for (qsizetype i = 0; i + 1 < p.lines.size(); ++i) {
            const PdfLine &l = p.lines[i];
            const PdfLine &n = p.lines[i + 1];
            if (std::abs(l.height - body) > 0.15 * body || std::abs(n.height - body) > 0.15 * body)
                continue;
            const double pitch = n.box.top() - l.box.top();
            if (pitch > 0.5 * body && pitch < 3 * body)
                pitches.append(pitch);
        }
    }
    if (pitches.isEmpty())
        return 0;
    std::sort(pitches.begin(), pitches.end());
    return pitches[pitches.size() / 4];
}

std::optional<JustifiedEdge> justifiedRightEdge(const QList<PdfPage> &pages, double body)
{
    QHash<QString, int> sizeCount;
    for (const PdfPage &p : pages)
        ++sizeCount[QStringLiteral("%1x%2").arg(p.size.width()).arg(p.size.height())];
    QSizeF usual;
    int most = 0;
    for (const PdfPage &p : pages) {
        const int n = sizeCount.value(QStringLiteral("%1x%2").arg(p.size.width()).arg(p.size.height()));
        if (n > most) {
            most = n;
            usual = p.size;
        }
    }
    QList<double> rights;
    for (const PdfPage &p : pages) {
        if (p.size != usual)
            continue;
        for (const PdfLine &l : p.lines) {
            // Lines of prose, not a table's cells: a justified line is long.
            if (std::abs(l.height - body) < 0.1 * body && l.text.size() >= kProseLine)
                rights.append(l.box.right());
        }
    }
    std::sort(rights.begin(), rights.end());
    qsizetype best = 0;
    double edge = 0;
    for (qsizetype i = 0, j = 0; i < rights.size(); ++i) {
        while (rights[i] - rights[j] > 1.0)
            ++j;
        if (i - j + 1 > best) {
            best = i - j + 1;
            edge = rights[i];
        }
    }
    if (best < kJustifiedLines || 5 * best < rights.size())
        return std::nullopt;
    return JustifiedEdge{usual, edge};
}

} // namespace Rapporteur::Importer
