#include "pdfline.h"

#include "text/charclass.h"
#include "text/ideographvariants.h"
#include "text/superscript.h"
#include "textcolumns.h"
#include "wordgaps.h"

#include <poppler-qt6.h>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Rapporteur::Importer {

double verticalOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

bool onOneBaseline(const QRectF &a, const QRectF &b)
{
    return verticalOverlap(a, b) > 0.3 * std::min(a.height(), b.height());
}

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool isMarkerText(const QString &text);

// An ideograph, or punctuation that closes on it ("中，"): never a word space on either side.
bool isHanOrClosing(char32_t cp)
{
    static const QString closing = QStringLiteral("，。、；：？！）》」』”’】");
    return Text::isIdeograph(cp) ||
           (cp < 0x10000 && closing.contains(QChar(static_cast<char16_t>(cp))));
}

// A word set at a right angle to the page: its characters follow each other down (or up) the
// page rather than across it.
bool isVertical(const Poppler::TextBox &word)
{
    const auto n = static_cast<int>(word.text().size());
    if (n < 2)
        return false;
    const QPointF step = word.charBoundingBox(n - 1).center() - word.charBoundingBox(0).center();
    return std::abs(step.y()) > std::abs(step.x());
}

// A footnote marker set as a superscript: a short number, letter or sign in smaller type whose
// foot sits clearly above the foot of the word before it.
bool isRaisedMarker(const QString &text, const QRectF &box, const QRectF &before)
{
    return box.height() < 0.8 * before.height() &&
           box.bottom() < before.bottom() - 0.15 * before.height() && isMarkerText(text);
}

// "1", "a", "*", or a list of them: "a,b", "1, 2".
bool isMarkerText(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(^(?:\d{1,3}|[a-z]|[*†‡])(?:,\s*(?:\d{1,3}|[a-z]|[*†‡]))*$)"));
    return marker.match(text).hasMatch();
}

// Raised markers as the text carries them: each in superscript form, letters run together
// ("ᵃᵇ"), numbers kept apart by their comma ("¹,²", not "¹²").
QString raisedForm(const QString &text)
{
    QString out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString marker = part.trimmed();
        if (!out.isEmpty() && !marker.isEmpty() && marker.front().isDigit())
            out += QLatin1Char(',');
        out += Text::superscriptForm(marker);
    }
    return out;
}

// Poppler's reading order can put a raised marker after the lines around it (a footnote's
// number set beside its first line comes after the whole note). A marker left as a run of its
// own goes back onto the run it stands on the baseline of, before or after it.
void attachStrayMarkers(QList<PdfLine> &lines)
{
    for (qsizetype i = 0; i < lines.size();) {
        const PdfLine &stray = lines[i];
        qsizetype host = -1;
        if (isMarkerText(stray.text)) {
            for (qsizetype j = 0; j < lines.size(); ++j) {
                const PdfLine &l = lines[j];
                if (j == i || l.height <= stray.box.height() ||
                    verticalOverlap(l.box, stray.box) < 0.5 * stray.box.height())
                    continue;
                const double before = l.box.left() - stray.box.right();
                const double after = stray.box.left() - l.box.right();
                if ((before > -1 && before < l.height) || (after > -1 && after < l.height)) {
                    host = j;
                    break;
                }
            }
        }
        if (host < 0) {
            ++i;
            continue;
        }
        PdfLine &l = lines[host];
        const bool after = stray.box.left() >= l.box.left();
        if (!after)
            l.text = stray.text + QLatin1Char(' ') + l.text;
        else
            l.text += raisedForm(stray.text);
        l.box = l.box.united(stray.box);
        l.linkTargets += stray.linkTargets;
        for (RunPiece word : stray.words) {
            if (after) {
                word.raised = true;
                word.text = raisedForm(word.text);
            }
            l.words.append(word);
        }
        std::stable_sort(l.words.begin(), l.words.end(), [](const RunPiece &a, const RunPiece &b) {
            return a.box.left() < b.box.left();
        });
        lines.removeAt(i);
    }
}

// The page's words in the order a reader takes them on a page of one column: line by line from
// the top, each line from the left. Poppler's own order follows what it takes for text flows,
// and takes a hanging label ("(a)" set out in the margin) or a heading beside a turned footer for
// a flow of its own, putting the next line between the label and its text. Words share a line
// when they stand on one baseline; a raised marker, whose foot is above the baseline, joins the
// line it is raised over. Words set at a right angle keep Poppler's order after the lines.
struct WordsInOrder
{
    std::vector<const Poppler::TextBox *> words;
    std::size_t firstUpright = 0; // the words from here on are set at a right angle
};

WordsInOrder inReadingOrder(const std::vector<std::unique_ptr<Poppler::TextBox>> &boxes)
{
    struct Line
    {
        QRectF box;
        double baseline = 0;
        double height = 0; // of its first word: the type on that baseline
        bool markersOnly = true;
        std::vector<const Poppler::TextBox *> words;
    };
    std::vector<const Poppler::TextBox *> across;
    std::vector<const Poppler::TextBox *> upright;
    for (const auto &box : boxes)
        (isVertical(*box) ? upright : across).push_back(box.get());
    std::stable_sort(across.begin(), across.end(), [](const auto *a, const auto *b) {
        return a->boundingBox().bottom() < b->boundingBox().bottom();
    });
    std::vector<Line> lines;
    for (const Poppler::TextBox *word : across) {
        const QRectF r = word->boundingBox();
        // Taken in order of their feet, a word can only share the baseline of the last lines.
        Line *home = nullptr;
        for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 4; ++it) {
            if (std::abs(r.bottom() - it->baseline) < 0.3 * std::min(r.height(), it->height)) {
                home = &*it;
                break;
            }
        }
        if (!home) {
            lines.push_back({r, r.bottom(), r.height(), true, {}});
            home = &lines.back();
        }
        home->box = home->box.united(r);
        home->markersOnly = home->markersOnly && isMarkerText(word->text());
        home->words.push_back(word);
    }
    // A line of raised markers goes into the next line down whose upper part it stands in.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line &raised = lines[i];
        if (!raised.markersOnly || raised.words.empty())
            continue;
        for (std::size_t j = i + 1; j < lines.size() && j <= i + 3; ++j) {
            Line &host = lines[j];
            if (host.markersOnly || raised.box.height() >= 0.8 * host.height ||
                raised.box.top() < host.box.top() - 0.3 * host.height)
                continue;
            host.words.insert(host.words.end(), raised.words.begin(), raised.words.end());
            host.box = host.box.united(raised.box);
            raised.words.clear();
            break;
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); });
    WordsInOrder ordered;
    ordered.words.reserve(boxes.size());
    for (Line &line : lines) {
        std::stable_sort(line.words.begin(), line.words.end(), [](const auto *a, const auto *b) {
            return a->boundingBox().left() < b->boundingBox().left();
        });
        ordered.words.insert(ordered.words.end(), line.words.begin(), line.words.end());
    }
    ordered.firstUpright = ordered.words.size();
    ordered.words.insert(ordered.words.end(), upright.begin(), upright.end());
    return ordered;
}

// The rotation that undoes the page's own: Poppler gives the text as the page is shown.
Poppler::Page::Rotation uprightRotation(const Poppler::Page &page)
{
    switch (page.orientation()) {
    case Poppler::Page::Landscape: // shown turned a quarter clockwise
        return Poppler::Page::Rotate270;
    case Poppler::Page::Seascape:
        return Poppler::Page::Rotate90;
    case Poppler::Page::UpsideDown:
        return Poppler::Page::Rotate180;
    case Poppler::Page::Portrait:
        break;
    }
    return Poppler::Page::Rotate0;
}

// An annotation's boundary (normalised to the page as shown) on the page as its text stands.
QRectF uprightBoundary(const QRectF &shown, Poppler::Page::Orientation orientation)
{
    switch (orientation) {
    case Poppler::Page::Landscape:
        return {shown.top(), 1 - shown.left() - shown.width(), shown.height(), shown.width()};
    case Poppler::Page::Seascape:
        return {1 - shown.top() - shown.height(), shown.left(), shown.height(), shown.width()};
    case Poppler::Page::UpsideDown:
        return {1 - shown.left() - shown.width(), 1 - shown.top() - shown.height(), shown.width(),
                shown.height()};
    case Poppler::Page::Portrait:
        break;
    }
    return shown;
}

} // namespace

QSizeF uprightPageSize(const Poppler::Page &page)
{
    const QSizeF shown = page.pageSizeF();
    const auto o = page.orientation();
    return o == Poppler::Page::Landscape || o == Poppler::Page::Seascape ? shown.transposed()
                                                                         : shown;
}

QList<PdfLine> readPageLines(const Poppler::Page &page, int pageNumber)
{
    QList<PdfLine> lines;
    QList<QList<RunPiece>> pieces; // of each line, composed once the line is complete
    QList<double> heights;
    QRectF previous;
    const auto boxes = page.textList(uprightRotation(page));
    const WordsInOrder ordered = inReadingOrder(boxes);
    for (std::size_t w = 0; w < ordered.words.size(); ++w) {
        const Poppler::TextBox *box = ordered.words[w];
        const QRectF r = box->boundingBox();
        const bool vertical = w >= ordered.firstUpright;
        if (!lines.isEmpty() && !vertical && !lines.last().vertical) {
            PdfLine &line = lines.last();
            const double smaller = std::min(r.height(), line.box.height());
            const bool sameBaseline = onOneBaseline(r, line.box);
            const double gap = r.left() - line.box.right();
            // A gap of several type sizes on one baseline separates columns, not words.
            const bool sameRun = sameBaseline && gap > -smaller && gap < 2.5 * line.height;
            if (sameRun) {
                RunPiece piece{box->text(), gap, smaller, false, false, r};
                piece.raised = isRaisedMarker(box->text(), r, previous);
                if (piece.raised) {
                    // Kept as superscript characters glued to the text, so that the reflow can
                    // tell a marker from a number of the text ("$6,896,800,¹ or 15.0 per cent").
                    piece.text = raisedForm(box->text());
                } else {
                    // Chinese has no spaces between ideographs: a gap there is justification
                    // (Word spreads a line's slack between them), not a word space. Next to a
                    // list marker or a bracket ("㈠ 《…》") a space can be real.
                    piece.betweenCjk =
                        isHanOrClosing(Text::lastCodePoint(pieces.last().last().text)) &&
                        isHanOrClosing(Text::firstCodePoint(box->text()));
                    heights.append(r.height());
                    line.height = median(heights);
                }
                pieces.last().append(std::move(piece));
                line.box = line.box.united(r);
                previous = r;
                continue;
            }
        }
        previous = r;
        heights = {r.height()};
        PdfLine line;
        line.box = r;
        line.height = vertical ? r.width() : r.height();
        line.page = pageNumber;
        line.vertical = vertical;
        for (int c = 0; c < std::min<int>(static_cast<int>(box->text().size()), 40); ++c)
            line.leadingChars.append(box->charBoundingBox(c));
        lines.append(std::move(line));
        pieces.append({RunPiece{box->text(), 0, r.height(), false, false, r}});
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].text = joinRunPieces(pieces[i]);
    readTextColumnsInTurn(lines, pieces);
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].words = std::move(pieces[i]);
    attachStrayMarkers(lines);
    for (PdfLine &line : lines)
        line.text = Text::unifyIdeographVariants(line.text.simplified());
    return lines;
}

void attachPageLinks(const Poppler::Page &page, QList<PdfLine> &lines)
{
    const QSizeF size = uprightPageSize(page);
    for (const auto &annotation : page.annotations({Poppler::Annotation::ALink})) {
        const auto *link = static_cast<const Poppler::LinkAnnotation *>(annotation.get());
        const Poppler::Link *destination = link->linkDestination();
        if (!destination || destination->linkType() != Poppler::Link::Browse)
            continue;
        const QString url = static_cast<const Poppler::LinkBrowse *>(destination)->url();
        // Annotation boundaries are normalised to the page (0..1).
        const QRectF b = uprightBoundary(annotation->boundary(), page.orientation());
        const QRectF area(b.left() * size.width(), b.top() * size.height(),
                          b.width() * size.width(), b.height() * size.height());
        PdfLine *best = nullptr;
        double bestArea = 0;
        for (PdfLine &line : lines) {
            const QRectF common = line.box.intersected(area);
            const double a = common.width() * common.height();
            if (a > bestArea) {
                bestArea = a;
                best = &line;
            }
        }
        if (best && !best->linkTargets.contains(url))
            best->linkTargets.append(url);
    }
}

} // namespace Rapporteur::Importer
