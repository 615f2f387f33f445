#include "wordgaps.h"

#include <algorithm>

namespace Rapporteur::Importer {

namespace {

// Measured over the real UN PDFs: splits stay below 0.6 of their line's usual word gap, and word
// spaces stay above 0.65 of it, even before a kerned capital ("for Asia"). A run with too few
// gaps to have a usual one falls back on the type: splits stay below 0.15 of the box height and
// spaces start above it (a space of the body fonts is about a quarter of an em; the box is about
// 1.1 em high).
constexpr double kSplitShareOfLineSpace = 0.6;
constexpr double kSplitShareOfType = 0.15;
// No split measured reaches 0.15 of the type; a gap wider than this is a space whatever the line
// around it, also a no-break space that justification did not stretch ("2,050 m³" in a line
// whose other spaces are twice as wide).
constexpr double kAlwaysASpace = 0.2;
constexpr int kGapsForALineSpace = 3;

} // namespace

// The gap of a run's word spaces: the lower quartile of its gaps that are wider than any split
// could be on its own and narrower than a gap between a table's cells (an em or more), or 0 when
// the run has too few of them to tell. The lower quartile, not the median: a row of figures also
// has thousands separators and gaps of cells just under an em.
double usualWordGap(const QList<RunPiece> &pieces)
{
    QList<double> gaps;
    for (const RunPiece &p : pieces) {
        if (!p.raised && !p.betweenCjk && p.gap > kSplitShareOfType * p.height &&
            p.gap < p.height)
            gaps.append(p.gap);
    }
    if (gaps.size() < kGapsForALineSpace)
        return 0;
    std::sort(gaps.begin(), gaps.end());
    return gaps[gaps.size() / 4];
}

QString joinRunPieces(const QList<RunPiece> &pieces)
{
    const double usual = usualWordGap(pieces);
    QString text;
    for (const RunPiece &p : pieces) {
        const bool space = !text.isEmpty() && !p.raised && !p.betweenCjk &&
                           (p.gap > kAlwaysASpace * p.height ||
                            (usual > 0 ? p.gap > kSplitShareOfLineSpace * usual
                                       : p.gap > kSplitShareOfType * p.height));
        if (space)
            text += QLatin1Char(' ');
        text += p.text;
    }
    return text;
}

} // namespace Rapporteur::Importer
