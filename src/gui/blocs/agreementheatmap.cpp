#include "agreementheatmap.h"

#include "agreementscale.h"
#include "blocsdata.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {

constexpr int kStrip = 5;        // the bloc colour strip between labels and cells
constexpr int kLabelPadding = 4; // between a label and the strip
constexpr int kLegendGap = 10;   // between the map and the legend in an exported image
// Labels are never drawn smaller than this: below it, every second (third…) row is labelled.
constexpr int kMinLabelPixels = 9;
constexpr int kMaxLabelPixels = 12;
const QColor kOutline(0x20, 0x20, 0x20);

} // namespace

AgreementHeatMap::AgreementHeatMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agreementHeatMap"));
    setAccessibleName(tr("Agreement between every pair of states"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

AgreementHeatMap::~AgreementHeatMap() = default;

QImage AgreementHeatMap::cellImage(const Blocs::AgreementMatrix &matrix)
{
    const int n = int(matrix.size());
    QImage cells(std::max(n, 1), std::max(n, 1), QImage::Format_RGB32);
    cells.fill(Qt::white);
    for (int r = 0; r < n; ++r) {
        auto *line = reinterpret_cast<QRgb *>(cells.scanLine(r));
        for (int c = 0; c < n; ++c)
            line[c] = AgreementScale::colour(matrix.values[r][c]).rgb();
    }
    return cells;
}

void AgreementHeatMap::setMatrix(const Blocs::AgreementMatrix &matrix, const QImage &cells)
{
    m_matrix = matrix;
    m_cells = cells.isNull() ? cellImage(matrix) : cells;
    m_blocSizes.clear();
    m_current = {-1, -1};
    updateGeometry();
    resize(sizeHint());
    update();
}

void AgreementHeatMap::setBlocSizes(const QList<int> &sizes)
{
    m_blocSizes = sizes;
    update();
}

void AgreementHeatMap::setCellSize(int pixels)
{
    pixels = std::clamp(pixels, kMinCellSize, kMaxCellSize);
    if (pixels == m_cellSize)
        return;
    m_cellSize = pixels;
    updateGeometry();
    resize(sizeHint());
    update();
    emit cellSizeChanged(pixels);
}

QFont AgreementHeatMap::labelFont() const
{
    QFont f = font();
    f.setPixelSize(std::clamp(m_cellSize - 1, kMinLabelPixels, kMaxLabelPixels));
    return f;
}

int AgreementHeatMap::labelExtent() const
{
    // Entity codes are three letters (EUU for the Union): room for the widest.
    return QFontMetrics(labelFont()).horizontalAdvance(QStringLiteral("WWW")) + kLabelPadding;
}

int AgreementHeatMap::labelStep() const
{
    // Codes are capitals: their height, not the font's (whose CJK ascent and descent are far
    // larger), is what must fit, with a little air between neighbours.
    const int height = QFontMetrics(labelFont()).capHeight() + 3;
    return std::max(1, (height + m_cellSize - 1) / m_cellSize);
}

int AgreementHeatMap::cellsTop() const
{
    return labelExtent() + kStrip;
}

int AgreementHeatMap::cellsLeft() const
{
    return labelExtent() + kStrip;
}

QRect AgreementHeatMap::cellRect(int row, int column) const
{
    return {cellsLeft() + column * m_cellSize, cellsTop() + row * m_cellSize, m_cellSize,
            m_cellSize};
}

QPoint AgreementHeatMap::cellAt(const QPoint &position) const
{
    const int n = int(m_matrix.size());
    const int x = position.x() - cellsLeft();
    const int y = position.y() - cellsTop();
    if (x < 0 || y < 0 || x >= n * m_cellSize || y >= n * m_cellSize)
        return {-1, -1};
    return {x / m_cellSize, y / m_cellSize};
}

QString AgreementHeatMap::toolTipFor(int row, int column) const
{
    const int n = int(m_matrix.size());
    if (row < 0 || column < 0 || row >= n || column >= n)
        return {};
    const QString pair = tr("%1 (%2)\n%3 (%4)")
                             .arg(stateNames(m_matrix.codes[row]), m_matrix.codes[row],
                                  stateNames(m_matrix.codes[column]), m_matrix.codes[column]);
    const std::optional<double> value = m_matrix.values[row][column];
    const int compared = m_matrix.compared[row][column];
    if (!value)
        return pair + QLatin1Char('\n') + tr("No vote in common to compare");
    return pair + QLatin1Char('\n') +
           tr("Agreement %1 over %n vote(s)", "", compared).arg(QString::number(*value, 'f', 2));
}

void AgreementHeatMap::setCurrentCell(int row, int column)
{
    const QPoint cell(column, row);
    if (cell == m_current)
        return;
    if (m_current.x() >= 0)
        update(cellRect(m_current.y(), m_current.x()).adjusted(-2, -2, 2, 2));
    m_current = cell;
    if (m_current.x() >= 0)
        update(cellRect(row, column).adjusted(-2, -2, 2, 2));
}

QSize AgreementHeatMap::sizeHint() const
{
    const int n = int(m_matrix.size());
    return {cellsLeft() + n * m_cellSize + 1, cellsTop() + n * m_cellSize + 1};
}

QImage AgreementHeatMap::toImage() const
{
    const QSize map = sizeHint();
    const QSize legend = AgreementLegend::legendSize(font());
    QImage image(std::max(map.width(), legend.width()), map.height() + kLegendGap + legend.height(),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintMap(p, QRect(QPoint(0, 0), map));
    AgreementLegend::paint(p, QPoint(0, map.height() + kLegendGap), font(), Qt::black);
    return image;
}

QList<int> AgreementHeatMap::blocOfRow() const
{
    QList<int> bloc(m_matrix.size(), -1);
    int row = 0;
    for (int b = 0; b < m_blocSizes.size(); ++b) {
        for (int i = 0; i < m_blocSizes[b] && row < bloc.size(); ++i)
            bloc[row++] = b;
    }
    return bloc;
}

void AgreementHeatMap::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    paintMap(p, event->rect());
}

void AgreementHeatMap::paintMap(QPainter &p, const QRect &exposed) const
{
    const int n = int(m_matrix.size());
    if (n == 0)
        return;
    const int cell = m_cellSize;
    const int left = cellsLeft();
    const int top = cellsTop();
    // The rows and columns the exposed rectangle touches.
    const int r0 = std::clamp((exposed.top() - top) / cell, 0, n);
    const int r1 = std::clamp((exposed.bottom() - top) / cell + 1, 0, n);
    const int c0 = std::clamp((exposed.left() - left) / cell, 0, n);
    const int c1 = std::clamp((exposed.right() - left) / cell + 1, 0, n);

    if (r1 > r0 && c1 > c0) {
        p.drawImage(QRect(left + c0 * cell, top + r0 * cell, (c1 - c0) * cell, (r1 - r0) * cell),
                    m_cells, QRect(c0, r0, c1 - c0, r1 - r0));
    }
    if (cell >= 8) { // a faint grid where cells are large enough to count
        p.setPen(QColor(255, 255, 255, 70));
        for (int r = r0; r <= r1; ++r)
            p.drawLine(left + c0 * cell, top + r * cell, left + c1 * cell, top + r * cell);
        for (int c = c0; c <= c1; ++c)
            p.drawLine(left + c * cell, top + r0 * cell, left + c * cell, top + r1 * cell);
    }

    // The blocs: a colour strip along both label rows, and their squares on the diagonal.
    const QList<int> bloc = blocOfRow();
    for (int i = 0; i < n; ++i) {
        if (bloc[i] < 0)
            continue;
        const QColor colour = AgreementScale::blocColour(bloc[i]);
        p.fillRect(left - kStrip, top + i * cell, kStrip - 1, cell, colour);
        p.fillRect(left + i * cell, top - kStrip, cell, kStrip - 1, colour);
    }
    p.setPen(QPen(kOutline, cell >= 6 ? 2 : 1));
    p.setBrush(Qt::NoBrush);
    int start = 0;
    for (const int size : m_blocSizes) {
        if (size > 0 && start + size <= n)
            p.drawRect(QRect(left + start * cell, top + start * cell, size * cell, size * cell));
        start += size;
    }
    if (m_current.x() >= 0 && m_current.x() < n && m_current.y() < n) {
        p.setPen(QPen(Qt::black, 2));
        p.drawRect(cellRect(m_current.y(), m_current.x()));
    }

    p.setPen(palette().color(QPalette::Text));
    p.setFont(labelFont());
    paintLabels(p, r0, r1, true);
    paintLabels(p, c0, c1, false);
}

void AgreementHeatMap::paintLabels(QPainter &p, int from, int to, bool rows) const
{
    const int step = labelStep();
    const int extent = labelExtent() - kLabelPadding;
    const int cell = m_cellSize;
    const int capHeight = p.fontMetrics().capHeight();
    // With a step, label rows 0, step, 2·step…: the same rows however the map is scrolled.
    for (int i = from - from % step; i < to; i += step) {
        const QString &code = m_matrix.codes[i];
        const bool current = rows ? i == m_current.y() : i == m_current.x();
        if (current) {
            QFont bold = p.font();
            bold.setBold(true);
            p.save();
            p.setFont(bold);
        }
        // On a baseline that centres the capitals in the cell.
        const int baseline = (cell + capHeight) / 2;
        if (rows) {
            const int width = p.fontMetrics().horizontalAdvance(code);
            p.drawText(extent - width, cellsTop() + i * cell + baseline, code);
        } else {
            // Read from bottom to top, ending at the strip above the column.
            p.save();
            p.translate(cellsLeft() + i * cell, extent);
            p.rotate(-90);
            p.drawText(0, baseline, code);
            p.restore();
        }
        if (current)
            p.restore();
    }
}

bool AgreementHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipFor(cell.y(), cell.x()), this,
                               cellRect(cell.y(), cell.x()));
        }
        return true;
    }
    return QWidget::event(event);
}

void AgreementHeatMap::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || cell.x() < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setCurrentCell(cell.y(), cell.x());
    emit cellClicked(cell.y(), cell.x());
}

void AgreementHeatMap::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        event->ignore(); // the scroll area scrolls
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        setCellSize(m_cellSize + steps * std::max(1, m_cellSize / 6));
    event->accept();
}

} // namespace Rapporteur::Gui
