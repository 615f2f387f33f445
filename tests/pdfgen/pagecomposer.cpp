#include "pagecomposer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace Rapporteur::PdfGen {

namespace {

// A4 in points, and the column of a UN document.
constexpr double kPageWidth = 595.28;
constexpr double kLeft = 72;
constexpr double kColumn = kPageWidth - 2 * kLeft;
constexpr double kFirstPageTop = 180;
constexpr double kTop = 90;
constexpr double kBodyBottom = 740;
constexpr double kHeaderBaseline = 50;
constexpr double kFooterBaseline = 800;
constexpr double kBodySize = 11;
constexpr double kNoteSize = 9;

// Latin text in a Latin face, as UN Chinese documents set it. It also keeps Qt 6.4's PDF writer
// from losing the text of digits that a CJK font's OpenType features substitute in Latin runs.
const QString kLatinSerif = QStringLiteral("DejaVu Serif");
const QString kLatinSans = QStringLiteral("DejaVu Sans");
const QString kSerif = QStringLiteral("Noto Serif CJK SC");
const QString kSans = QStringLiteral("Noto Sans CJK SC");

} // namespace

PageComposer::PageComposer(QPaintDevice &device) : m_device(device) {}

PageComposer::~PageComposer() = default;

double PageComposer::units(double points) const
{
    return points * kDeviceDpi / 72.0;
}

QFont PageComposer::font(double points, bool bold) const
{
    QFont f;
    f.setFamilies(bold ? QStringList{kLatinSans, kSans} : QStringList{kLatinSerif, kSerif, kSans});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QTextLayout &PageComposer::layOut(const QString &text, const QFont &font, double width,
                                  double indent, bool centred, const QList<NoteRef> &notes,
                                  const QList<LinkRef> &links)
{
    auto layout = std::make_unique<QTextLayout>(text, font, &m_device);
    QTextOption option(centred ? Qt::AlignHCenter : Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    for (const NoteRef &note : notes) {
        QTextCharFormat raised;
        raised.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        formats.append(
            {static_cast<int>(note.offset), static_cast<int>(note.marker.size()), raised});
    }
    for (const LinkRef &link : links) {
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorHref(link.target);
        formats.append({static_cast<int>(link.start), static_cast<int>(link.length), anchor});
    }
    layout->setFormats(formats);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(units(width - indent));
        line.setPosition(QPointF(units(indent), y));
        y += line.height();
    }
    layout->endLayout();
    m_layouts.push_back(std::move(layout));
    return *m_layouts.back();
}

QList<ComposedPage> PageComposer::compose(const QList<TextBlock> &blocks)
{
    QList<ComposedPage> pages(1);
    double y = units(kFirstPageTop);
    bool pageEmpty = true;
    auto newPage = [&] {
        pages.append(ComposedPage{});
        y = units(kTop);
        pageEmpty = true;
    };
    const double ruleSpace = units(12);
    for (const TextBlock &block : blocks) {
        const bool heading = block.style == BlockStyle::Heading || block.style == BlockStyle::Title;
        const double size = block.style == BlockStyle::Title ? 14 : kBodySize;
        const double indent = block.style == BlockStyle::ListItem ? 2 * kBodySize : 0;
        QTextLayout &layout = layOut(block.text, font(size, heading), kColumn, indent,
                                     block.style == BlockStyle::Title, block.notes, block.links);
        const int index = static_cast<int>(m_layouts.size()) - 1;
        if (!pageEmpty)
            y += units(heading ? 12 : 6);
        // A heading stays with the first lines of what it heads.
        if (heading && !pageEmpty &&
            y + 3 * layout.lineAt(0).height() > units(kBodyBottom) - pages.last().notesHeight)
            newPage();
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            QList<int> notes;
            double notesHeight = 0;
            for (const NoteRef &note : block.notes) {
                if (note.offset < line.textStart() ||
                    note.offset >= line.textStart() + line.textLength())
                    continue;
                const QString text = note.marker + QLatin1Char(' ') + note.text;
                QTextLayout &noteLayout =
                    layOut(text, font(kNoteSize), kColumn, 0, false, {{0, note.marker, {}}}, {});
                notes.append(static_cast<int>(m_layouts.size()) - 1);
                notesHeight += noteLayout.boundingRect().height();
            }
            auto needed = [&] {
                return notesHeight +
                       (notes.isEmpty() || !pages.last().notes.isEmpty() ? 0 : ruleSpace);
            };
            if (!pageEmpty &&
                y + line.height() > units(kBodyBottom) - pages.last().notesHeight - needed())
                newPage();
            ComposedPage &page = pages.last();
            page.notesHeight += needed();
            page.notes.append(notes);
            page.lines.append({index, i, y});
            y += line.height();
            pageEmpty = false;
        }
    }
    return pages;
}

void PageComposer::paint(QPainter &painter, const ComposedPage &page, int number, int count,
                         const Masthead &masthead) const
{
    paintFurniture(painter, number, count, masthead);
    for (const PlacedLine &placed : page.lines) {
        const QTextLine line = m_layouts[static_cast<size_t>(placed.layout)]->lineAt(placed.line);
        line.draw(&painter, QPointF(units(kLeft), placed.y - line.y()));
    }
    if (page.notes.isEmpty())
        return;
    double y = units(kBodyBottom) - page.notesHeight;
    painter.setPen(QPen(Qt::black, units(0.5)));
    painter.drawLine(QPointF(units(kLeft), y + units(4)),
                     QPointF(units(kLeft + kColumn / 3), y + units(4)));
    y += units(12);
    for (int note : page.notes) {
        const QTextLayout &layout = *m_layouts[static_cast<size_t>(note)];
        layout.draw(&painter, QPointF(units(kLeft), y));
        y += layout.boundingRect().height();
    }
}

void PageComposer::paintFurniture(QPainter &painter, int number, int count,
                                  const Masthead &masthead) const
{
    const double right = kPageWidth - kLeft;
    auto text = [&](const QString &s, const QFont &f, double x, double baseline, bool alignRight) {
        painter.setFont(f);
        const double width = QFontMetricsF(f, &m_device).horizontalAdvance(s);
        painter.drawText(QPointF(alignRight ? units(x) - width : units(x), units(baseline)), s);
    };
    painter.setPen(Qt::black);
    if (number == 1) {
        text(QStringLiteral("联合国"), font(12, true), kLeft, kHeaderBaseline, false);
        text(masthead.symbol, font(12, true), right, kHeaderBaseline, true);
        text(masthead.organ, font(20, true), kLeft, 95, false);
        double baseline = 85;
        for (const QString &s : {QStringLiteral("Distr.: General"), masthead.date,
                                 QStringLiteral("中文"), masthead.originalLanguage}) {
            if (s.isEmpty())
                continue;
            text(s, font(10), 420, baseline, false);
            baseline += 15;
        }
        painter.setPen(QPen(Qt::black, units(1)));
        painter.drawLine(QPointF(units(kLeft), units(150)), QPointF(units(right), units(150)));
        if (!masthead.jobNumber.isEmpty()) {
            text(masthead.jobNumber + QStringLiteral(" (C)"), font(9), kLeft, 785, false);
            QString digits = masthead.jobNumber;
            digits.remove(QLatin1Char('-'));
            text(QLatin1Char('*') + digits + QLatin1Char('*'), font(12), kLeft, 805, false);
        }
        return;
    }
    // Running header and footer change sides from an even page to an odd one.
    const bool even = number % 2 == 0;
    text(masthead.symbol, font(10, true), even ? kLeft : right, kHeaderBaseline, !even);
    const QString pageNumber = QStringLiteral("%1/%2").arg(number).arg(count);
    text(even ? pageNumber : masthead.jobNumber, font(9), kLeft, kFooterBaseline, false);
    text(even ? masthead.jobNumber : pageNumber, font(9), right, kFooterBaseline, true);
}

} // namespace Rapporteur::PdfGen
