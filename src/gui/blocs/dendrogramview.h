#pragma once

#include "blocs/clustering.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

#include <optional>

namespace Rapporteur::Gui {

// The clustering's tree, drawn to the left of the heat map with its leaves on the map's rows:
// the root on the left, each merge at its distance (1 − agreement, axis above), the leaves on
// the right in the tree's drawing order. The cut that leaves k blocs is a dashed line; the
// links under it take their bloc's colour (AgreementScale::blocColour), those above are grey.
// Clicking beside a leaf chooses its bloc.
class DendrogramView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DendrogramView)

public:
    static constexpr int kWidth = 150;

    explicit DendrogramView(QWidget *parent = nullptr);
    ~DendrogramView() override;

    void setDendrogram(const Blocs::Dendrogram &tree, int blocCount);
    void setBlocCount(int k);
    int blocCount() const { return m_k; }
    const Blocs::Dendrogram &dendrogram() const { return m_tree; }
    // Leaf i of the drawing order sits at top + (i + ½) · spacing: the heat map's rows.
    void setLeafGeometry(int top, int spacing);

    // The leaves' codes from top to bottom as they are laid out (for tests and reading aloud).
    QStringList drawnLeaves() const;
    // The distance at which the cut for k is drawn; empty when there is none (k = 1, or one leaf).
    std::optional<double> cutHeight() const;
    // The bloc (index into Dendrogram::cut) each leaf of the drawing order belongs to.
    const QList<int> &blocOfDrawnLeaf() const { return m_blocOfRow; }

    // The tree with the leaves' codes beside them, for export.
    QImage toImage() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void blocClicked(int bloc);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void layoutTree();
    void paintTree(QPainter &painter) const;
    double xOf(double height) const; // of a merge at that distance
    static double leafX();
    int leafY(int row) const;

    Blocs::Dendrogram m_tree;
    int m_k = 1;
    int m_top = 0;
    int m_spacing = 12;
    double m_maxHeight = 1;
    QList<QPointF> m_nodes;  // node → (height, y): leaves first, then merges (SciPy numbering)
    QList<int> m_rowOfLeaf;  // leaf index → row in the drawing order
    QList<int> m_blocOfRow;  // row → bloc
    QList<int> m_blocOfNode; // node → bloc for nodes below the cut, −1 above it
};

} // namespace Rapporteur::Gui
