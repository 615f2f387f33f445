#pragma once

#include "blocs/pairagreement.h"

#include <QImage>
#include <QList>
#include <QPoint>
#include <QWidget>

namespace Rapporteur::Gui {

// The agreement of every pair of states as a heat map, painted here rather than by a table view
// so that 193 × 193 cells draw at once: the cells are one small image (a pixel per pair) scaled
// up without smoothing, and only the exposed part is painted. Rows and columns are labelled by
// entity code; a strip beside the labels and an outline on the diagonal show the blocs. Hovering
// a cell tells both states' names, the value and the number of votes compared; a click chooses
// the pair. Meant to sit in a scroll area: its size is the whole map's, and Ctrl+wheel zooms.
class AgreementHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementHeatMap)

public:
    static constexpr int kMinCellSize = 3;
    static constexpr int kMaxCellSize = 32;
    static constexpr int kDefaultCellSize = 12;

    explicit AgreementHeatMap(QWidget *parent = nullptr);
    ~AgreementHeatMap() override;

    // The matrix in the order to draw it (the dendrogram's leaf order), with its cellImage when
    // the caller made it already (off the GUI thread); a null image is made here.
    void setMatrix(const Blocs::AgreementMatrix &matrix, const QImage &cells = {});
    // A pixel per pair in the scale's colours. Pure: callable on any thread.
    static QImage cellImage(const Blocs::AgreementMatrix &matrix);
    const Blocs::AgreementMatrix &matrix() const { return m_matrix; }
    // The blocs' sizes along that order: each bloc is a run of consecutive rows.
    void setBlocSizes(const QList<int> &sizes);
    const QList<int> &blocSizes() const { return m_blocSizes; }

    void setCellSize(int pixels); // clamped to kMinCellSize … kMaxCellSize
    int cellSize() const { return m_cellSize; }
    // Where the cells begin: column labels above them, row labels to their left.
    int cellsTop() const;
    int cellsLeft() const;
    QRect cellRect(int row, int column) const;
    // The cell under a point as (column, row); (-1, -1) outside the cells.
    QPoint cellAt(const QPoint &position) const;
    QString toolTipFor(int row, int column) const;
    // Outlines a cell (the pair shown beside the map); (-1, -1) for none.
    void setCurrentCell(int row, int column);
    QPoint currentCell() const { return m_current; }

    // The whole map with the legend below it, at the current cell size, for export.
    QImage toImage() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void cellClicked(int row, int column);
    void cellSizeChanged(int pixels);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void paintMap(QPainter &painter, const QRect &exposed) const;
    void paintLabels(QPainter &painter, int from, int to, bool rows) const;
    QFont labelFont() const;
    int labelExtent() const;
    int labelStep() const;
    QList<int> blocOfRow() const;

    Blocs::AgreementMatrix m_matrix;
    QImage m_cells; // a pixel per pair, in the scale's colours
    QList<int> m_blocSizes;
    int m_cellSize = kDefaultCellSize;
    QPoint m_current{-1, -1};
};

} // namespace Rapporteur::Gui
