#include "textcolumns.h"

#include <algorithm>
#include <optional>

namespace Rapporteur::Importer {

namespace {

// Lines with the gutter that make a region of two columns, how wide a gutter is against the
// type and against the line's word spaces, and what a side's text must be like.
constexpr int kLinesWithTheGutter = 3;
constexpr double kGutterInEms = 1.0;
constexpr double kGutterInWordSpaces = 3.0;
constexpr double kLetterShare = 0.6;
constexpr double kProseRunLength = 15;

struct Gutter
{
    double left = 0;
    double right = 0;
};

// The runs of one line across the page: [first, end).
struct PageLine
{
    qsizetype first = 0;
    qsizetype end = 0;
};

QList<PageLine> pageLines(const QList<PdfLine> &runs)
{
    QList<PageLine> lines;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (!lines.isEmpty() && !runs[i].vertical && !runs[i - 1].vertical &&
            onOneBaseline(runs[i - 1].box, runs[i].box) &&
            runs[i].box.left() >= runs[i - 1].box.right())
            lines.last().end = i + 1;
        else
            lines.append({i, i + 1});
    }
    return lines;
}

// The gaps where a line could part into columns: between its runs, and inside a run where a
// gap is wider than an em and than three of its word spaces.
QList<Gutter> partings(const QList<PdfLine> &runs, const QList<QList<RunPiece>> &pieces,
                       const PageLine &l)
{
    QList<Gutter> gaps;
    for (qsizetype r = l.first; r < l.end; ++r) {
        if (r > l.first)
            gaps.append({runs[r - 1].box.right(), runs[r].box.left()});
        const QList<RunPiece> &words = pieces[r];
        const double usual = usualWordGap(words);
        for (qsizetype w = 1; w < words.size(); ++w) {
            const double gap = words[w].box.left() - words[w - 1].box.right();
            if (gap > kGutterInEms * words[w].height && gap > kGutterInWordSpaces * usual)
                gaps.append({words[w - 1].box.right(), words[w].box.left()});
        }
    }
    return gaps;
}

std::optional<Gutter> sharedGap(const QList<Gutter> &gaps, const Gutter &g)
{
    for (const Gutter &gap : gaps) {
        const Gutter common{std::max(gap.left, g.left), std::min(gap.right, g.right)};
        if (common.right > common.left)
            return common;
    }
    return std::nullopt;
}

bool crosses(const QList<QList<RunPiece>> &pieces, const PageLine &l, const Gutter &g)
{
    for (qsizetype r = l.first; r < l.end; ++r) {
        for (const RunPiece &word : pieces[r]) {
            if (word.box.left() < g.right && word.box.right() > g.left)
                return true;
        }
    }
    return false;
}

bool readsAsProse(const QList<PdfLine> &side)
{
    if (side.isEmpty())
        return false;
    double letters = 0;
    double characters = 0;
    for (const PdfLine &run : side) {
        for (const QChar c : run.text) {
            if (c.isSpace())
                continue;
            ++characters;
            letters += c.isLetter() ? 1 : 0;
        }
    }
    return letters >= kLetterShare * characters &&
           characters >= kProseRunLength * static_cast<double>(side.size());
}

// A run's words on one side of the gutter, as a run of their own.
std::optional<std::pair<PdfLine, QList<RunPiece>>> side(const PdfLine &run,
                                                        const QList<RunPiece> &words,
                                                        const Gutter &g, bool left)
{
    QList<RunPiece> kept;
    for (const RunPiece &w : words) {
        if ((w.box.right() <= g.left) == left)
            kept.append(w);
    }
    if (kept.isEmpty())
        return std::nullopt;
    PdfLine part = run;
    if (kept.first().box != words.first().box)
        part.leadingChars.clear(); // the run's first word is on the other side
    kept.first().gap = 0;
    part.text = joinRunPieces(kept);
    part.box = kept.first().box;
    for (const RunPiece &w : kept)
        part.box = part.box.united(w.box);
    return std::pair{part, kept};
}

// Each run of a column knows the column's edges, against which its lines' ends are judged.
void setColumnEdges(QList<PdfLine> &column)
{
    double left = column.first().box.left();
    double right = column.first().box.right();
    for (const PdfLine &run : column) {
        left = std::min(left, run.box.left());
        right = std::max(right, run.box.right());
    }
    for (PdfLine &run : column) {
        run.columnLeft = left;
        run.columnRight = right;
    }
}

} // namespace

void readTextColumnsInTurn(QList<PdfLine> &runs, QList<QList<RunPiece>> &pieces)
{
    const QList<PageLine> lines = pageLines(runs);
    QList<PdfLine> outRuns;
    QList<QList<RunPiece>> outPieces;
    qsizetype copied = 0; // runs before this are in out
    for (qsizetype i = 0; i < lines.size();) {
        const QList<Gutter> first = partings(runs, pieces, lines[i]);
        if (first.isEmpty() || runs[lines[i].first].vertical) {
            ++i;
            continue;
        }
        Gutter gutter = first.first();
        int withGutter = 0;
        qsizetype j = i;
        for (; j < lines.size() && !runs[lines[j].first].vertical; ++j) {
            if (const auto gap = sharedGap(partings(runs, pieces, lines[j]), gutter)) {
                gutter = *gap;
                ++withGutter;
            } else if (crosses(pieces, lines[j], gutter)) {
                break;
            }
        }
        if (withGutter < kLinesWithTheGutter) {
            ++i;
            continue;
        }
        QList<PdfLine> leftRuns, rightRuns;
        QList<QList<RunPiece>> leftPieces, rightPieces;
        for (qsizetype r = lines[i].first; r < lines[j - 1].end; ++r) {
            if (auto part = side(runs[r], pieces[r], gutter, true)) {
                leftRuns.append(part->first);
                leftPieces.append(part->second);
            }
            if (auto part = side(runs[r], pieces[r], gutter, false)) {
                rightRuns.append(part->first);
                rightPieces.append(part->second);
            }
        }
        if (readsAsProse(leftRuns) && readsAsProse(rightRuns)) {
            setColumnEdges(leftRuns);
            setColumnEdges(rightRuns);
            for (; copied < lines[i].first; ++copied) {
                outRuns.append(runs[copied]);
                outPieces.append(pieces[copied]);
            }
            outRuns += leftRuns + rightRuns;
            outPieces += leftPieces + rightPieces;
            copied = lines[j - 1].end;
        }
        i = j;
    }
    if (copied == 0)
        return; // no region: the runs stay as they are
    for (; copied < runs.size(); ++copied) {
        outRuns.append(runs[copied]);
        outPieces.append(pieces[copied]);
    }
    runs = std::move(outRuns);
    pieces = std::move(outPieces);
}

} // namespace Rapporteur::Importer
