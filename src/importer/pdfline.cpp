#include "pdfline.h"

#include <poppler-qt6.h>

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

} // namespace

QList<PdfLine> readPageLines(const Poppler::Page &page, int pageNumber)
{
    QList<PdfLine> lines;
    QList<double> heights;
    bool spaceBefore = false;
    for (const auto &box : page.textList()) {
        const QRectF r = box->boundingBox();
        if (!lines.isEmpty()) {
            PdfLine &line = lines.last();
            const double smaller = std::min(r.height(), line.box.height());
            const bool sameBaseline = verticalOverlap(r, line.box) > 0.3 * smaller;
            const double gap = r.left() - line.box.right();
            // A gap of several type sizes on one baseline separates columns, not words.
            const bool sameRun = sameBaseline && gap > -smaller && gap < 2.5 * line.height;
            if (sameRun) {
                if (spaceBefore || gap > 0.25 * smaller)
                    line.text += QLatin1Char(' ');
                line.text += box->text();
                line.box = line.box.united(r);
                heights.append(r.height());
                line.height = median(heights);
                spaceBefore = box->hasSpaceAfter();
                continue;
            }
        }
        heights = {r.height()};
        lines.append(PdfLine{box->text(), r, r.height(), pageNumber, {}});
        spaceBefore = box->hasSpaceAfter();
    }
    for (PdfLine &line : lines)
        line.text = line.text.simplified();
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
