#include "pdfline.h"

#include "text/charclass.h"
#include "text/ideographvariants.h"
#include "text/superscript.h"
#include "wordgaps.h"

#include <poppler-qt6.h>

#include <QRegularExpression>

#include <algorithm>

namespace Rapporteur::Importer {

namespace {

double verticalOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

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

// A word set at a right angle to the page: its box is much taller than wide, which a word of two
// or more characters set across the page never is.
bool isVertical(const QString &text, const QRectF &box)
{
    return text.size() >= 2 && box.height() > 1.5 * box.width();
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
        if (stray.box.left() < l.box.left())
            l.text = stray.text + QLatin1Char(' ') + l.text;
        else
            l.text += raisedForm(stray.text);
        l.box = l.box.united(stray.box);
        l.linkTargets += stray.linkTargets;
        lines.removeAt(i);
    }
}

} // namespace

QList<PdfLine> readPageLines(const Poppler::Page &page, int pageNumber)
{
    QList<PdfLine> lines;
    QList<QList<RunPiece>> pieces; // of each line, composed once the line is complete
    QList<double> heights;
    QRectF previous;
    for (const auto &box : page.textList()) {
        const QRectF r = box->boundingBox();
        const bool vertical = isVertical(box->text(), r);
        if (!lines.isEmpty() && !vertical && !lines.last().vertical) {
            PdfLine &line = lines.last();
            const double smaller = std::min(r.height(), line.box.height());
            const bool sameBaseline = verticalOverlap(r, line.box) > 0.3 * smaller;
            const double gap = r.left() - line.box.right();
            // A gap of several type sizes on one baseline separates columns, not words.
            const bool sameRun = sameBaseline && gap > -smaller && gap < 2.5 * line.height;
            if (sameRun) {
                RunPiece piece{box->text(), gap, smaller};
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
        PdfLine line{QString(), r, vertical ? r.width() : r.height(), pageNumber, {}, {}};
        line.vertical = vertical;
        for (int c = 0; c < std::min<int>(static_cast<int>(box->text().size()), 40); ++c)
            line.leadingChars.append(box->charBoundingBox(c));
        lines.append(std::move(line));
        pieces.append({RunPiece{box->text(), 0, r.height()}});
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].text = joinRunPieces(pieces[i]);
    attachStrayMarkers(lines);
    for (PdfLine &line : lines)
        line.text = Text::unifyIdeographVariants(line.text.simplified());
    return lines;
}

void attachPageLinks(const Poppler::Page &page, QList<PdfLine> &lines)
{
    const QSizeF size = page.pageSizeF();
    for (const auto &annotation : page.annotations({Poppler::Annotation::ALink})) {
        const auto *link = static_cast<const Poppler::LinkAnnotation *>(annotation.get());
        const Poppler::Link *destination = link->linkDestination();
        if (!destination || destination->linkType() != Poppler::Link::Browse)
            continue;
        const QString url = static_cast<const Poppler::LinkBrowse *>(destination)->url();
        // Annotation boundaries are normalised to the page (0..1).
        const QRectF b = annotation->boundary();
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
