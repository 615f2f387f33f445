#include "dendrogramview.h"

#include "agreementscale.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {

constexpr int kLeftMargin = 10;
constexpr int kRightMargin = 3;
constexpr int kStub = 6; // every leaf's own line, so that states merged at distance 0 show apart
constexpr int kLabelGap = 4;
const QColor kAboveCut(0x70, 0x70, 0x70);

} // namespace

DendrogramView::DendrogramView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dendrogramView"));
    setAccessibleName(tr("Dendrogram of the clustering"));
    setToolTip(tr("distance (1 − agreement)")); // the axis's title, drawn too where it fits
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

DendrogramView::~DendrogramView() = default;

void DendrogramView::setDendrogram(const Blocs::Dendrogram &tree, int blocCount)
{
    m_tree = tree;
    m_k = std::max(1, blocCount);
    layoutTree();
}

void DendrogramView::setBlocCount(int k)
{
    m_k = std::max(1, k);
    layoutTree();
}

void DendrogramView::setLeafGeometry(int top, int spacing)
{
    m_top = top;
    m_spacing = std::max(1, spacing);
    layoutTree();
}

int DendrogramView::leafY(int row) const
{
    return m_top + row * m_spacing + m_spacing / 2;
}

double DendrogramView::leafX()
{
    return kWidth - kRightMargin;
}

double DendrogramView::xOf(double height) const
{
    const double right = leafX() - kStub;
    return right - height / m_maxHeight * (right - kLeftMargin);
}

void DendrogramView::layoutTree()
{
    const int n = m_tree.leafCount();
    m_nodes = QList<QPointF>(n + m_tree.merges.size(), QPointF());
    m_rowOfLeaf = QList<int>(n, 0);
    for (int row = 0; row < m_tree.leafOrder.size(); ++row)
        m_rowOfLeaf[m_tree.leafOrder[row]] = row;
    for (int leaf = 0; leaf < n; ++leaf)
        m_nodes[leaf] = QPointF(0, leafY(m_rowOfLeaf[leaf]));
    m_maxHeight = 0;
    for (int i = 0; i < m_tree.merges.size(); ++i) {
        const Blocs::DendrogramMerge &m = m_tree.merges[i];
        m_nodes[n + i] = QPointF(m.height, (m_nodes[m.left].y() + m_nodes[m.right].y()) / 2);
        m_maxHeight = std::max(m_maxHeight, m.height);
    }
    if (m_maxHeight <= 0)
        m_maxHeight = 1; // every state agrees with every other: a flat tree

    // Blocs: the cut's, by row; a merge is below the cut when it is not one of the last k − 1.
    const QList<QList<int>> blocs = m_tree.cut(m_k);
    m_blocOfRow = QList<int>(n, 0);
    m_blocOfNode = QList<int>(m_nodes.size(), -1);
    for (int b = 0; b < blocs.size(); ++b) {
        for (const int leaf : blocs[b]) {
            m_blocOfRow[m_rowOfLeaf[leaf]] = b;
            m_blocOfNode[leaf] = b;
        }
    }
    const int kept = int(m_tree.merges.size()) - (std::clamp(m_k, 1, std::max(n, 1)) - 1);
    for (int i = 0; i < kept; ++i)
        m_blocOfNode[n + i] = m_blocOfNode[m_tree.merges[i].left];

    updateGeometry();
    resize(sizeHint());
    update();
}

QStringList DendrogramView::drawnLeaves() const
{
    QList<int> leaves;
    for (int leaf = 0; leaf < m_tree.leafCount(); ++leaf)
        leaves.append(leaf);
    std::stable_sort(leaves.begin(), leaves.end(),
                     [this](int a, int b) { return m_nodes[a].y() < m_nodes[b].y(); });
    QStringList codes;
    for (const int leaf : leaves)
        codes.append(m_tree.leaves[leaf]);
    return codes;
}

std::optional<double> DendrogramView::cutHeight() const
{
    const int n = m_tree.leafCount();
    const int k = std::min(m_k, n);
    if (k <= 1)
        return std::nullopt;
    // Between the highest merge kept and the lowest undone.
    const double undone = m_tree.merges[n - k].height;
    const double kept = n - k - 1 >= 0 ? m_tree.merges[n - k - 1].height : 0.0;
    return (kept + undone) / 2;
}

QSize DendrogramView::sizeHint() const
{
    return {kWidth, m_top + m_tree.leafCount() * m_spacing + 1};
}

QImage DendrogramView::toImage() const
{
    // Beside the map the leaves need no names (the map's rows have them); alone they do.
    QFont font = this->font();
    font.setPixelSize(std::clamp(m_spacing - 1, 8, 12));
    const QFontMetrics m(font);
    const int step = std::max(1, (m.capHeight() + 3 + m_spacing - 1) / m_spacing);
    const QSize tree = sizeHint();
    QImage image(tree.width() + kLabelGap + m.horizontalAdvance(QStringLiteral("WWW")),
                 tree.height(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintTree(p);
    p.setFont(font);
    p.setPen(Qt::black);
    const QStringList leaves = drawnLeaves();
    for (int row = 0; row < leaves.size(); row += step)
        p.drawText(tree.width() + kLabelGap, leafY(row) + m.capHeight() / 2, leaves[row]);
    return image;
}

void DendrogramView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintTree(p);
}

void DendrogramView::paintTree(QPainter &p) const
{
    const int n = m_tree.leafCount();
    if (n == 0)
        return;
    p.setRenderHint(QPainter::Antialiasing, false);

    // The distance axis in the band above the leaves (the heat map's column labels), in a type
    // a little smaller than the text's, as the map's labels beside it: the numbers, and the
    // axis's title over them where the band has room for it (it is the tooltip in any case).
    QFont axisFont = font();
    if (axisFont.pointSizeF() > 0)
        axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    else
        axisFont.setPixelSize(std::max(1, axisFont.pixelSize() * 85 / 100));
    p.save();
    p.setFont(axisFont);
    const QFontMetrics m(axisFont);
    const int axisY = m_top - 4;
    if (axisY > m.height()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawLine(QPointF(xOf(m_maxHeight), axisY), QPointF(xOf(0), axisY));
        for (const double at : {0.0, m_maxHeight / 2, m_maxHeight}) {
            const double x = xOf(at);
            p.drawLine(QPointF(x, axisY), QPointF(x, axisY - 3));
            const QString label = QString::number(at, 'f', 2);
            const int w = m.horizontalAdvance(label);
            const int left = std::clamp(int(x) - w / 2, 0, kWidth - w);
            p.drawText(left, axisY - 5, label);
        }
        const QRect title(0, axisY - 5 - m.ascent() - 1 - m.height(), kWidth, m.height());
        if (title.top() >= 0)
            p.drawText(title, Qt::AlignHCenter | Qt::AlignBottom, toolTip());
    }
    p.restore();

    const qreal width = m_spacing >= 6 ? 1.5 : 1.0;
    auto colourOf = [this](int node) {
        return m_blocOfNode[node] >= 0 ? AgreementScale::blocColour(m_blocOfNode[node]) : kAboveCut;
    };
    for (int i = 0; i < m_tree.merges.size(); ++i) {
        const Blocs::DendrogramMerge &merge = m_tree.merges[i];
        const QPointF parent = m_nodes[n + i];
        const double x = xOf(parent.x());
        for (const int child : {merge.left, merge.right}) {
            const QPointF c = m_nodes[child];
            p.setPen(QPen(colourOf(child), width));
            p.drawLine(QPointF(child < n ? leafX() : xOf(c.x()), c.y()), QPointF(x, c.y()));
        }
        p.setPen(QPen(colourOf(n + i), width));
        p.drawLine(QPointF(x, m_nodes[merge.left].y()), QPointF(x, m_nodes[merge.right].y()));
    }
    if (n == 1) { // a single state: its stub alone
        p.setPen(QPen(colourOf(0), width));
        p.drawLine(QPointF(xOf(m_maxHeight), leafY(0)), QPointF(leafX(), leafY(0)));
    }

    if (const auto cut = cutHeight()) {
        QPen dashed(palette().color(QPalette::Text), 1, Qt::DashLine);
        p.setPen(dashed);
        const double x = xOf(*cut);
        p.drawLine(QPointF(x, m_top), QPointF(x, m_top + n * m_spacing));
    }
}

void DendrogramView::mousePressEvent(QMouseEvent *event)
{
    const int row = (int(event->position().y()) - m_top) / std::max(1, m_spacing);
    if (event->button() == Qt::LeftButton && event->position().y() >= m_top && row >= 0 &&
        row < m_blocOfRow.size()) {
        emit blocClicked(m_blocOfRow[row]);
        return;
    }
    QWidget::mousePressEvent(event);
}

} // namespace Rapporteur::Gui
