#pragma once

#include "codematrixmodel.h"
#include "storage/codingrecords.h"

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
class QModelIndex;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CodingSegmentView;

// One matrix tab of the coding analysis: a row of controls (a page may add its own, such as the
// vote to count by), a note, the matrix, and under it the segments behind the chosen cell. The
// view that owns the page says what lies behind a cell (segmentsOf), since a cell of code ×
// state holds codings and one of co-occurrence holds paragraphs.
class CodingMatrixPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingMatrixPage)

public:
    using SegmentsOf = std::function<QList<Storage::CodingRecord>(const QModelIndex &cell)>;

    CodingMatrixPage(const QString &objectName, const QString &accessibleName,
                     QWidget *parent = nullptr);
    ~CodingMatrixPage() override;

    void setSegmentsOf(SegmentsOf segmentsOf) { m_segmentsOf = std::move(segmentsOf); }
    QHBoxLayout *controls() const { return m_controls; }

    // Shows a new matrix. The cell shown before stays shown when it is still in the matrix (a
    // reload, another coder); otherwise the list below is cleared.
    void setMatrix(const Coding::CodeMatrix &matrix,
                   const QList<CodeMatrixModel::ColumnLabel> &labels, const QString &note);
    // Lists the segments behind a cell, as clicking it does; false when it is not in the matrix.
    bool showCell(const QString &codePath, const QString &columnKey);

    CodeMatrixModel *matrixModel() const { return m_model; }
    QTableView *matrixView() const { return m_matrix; }
    CodingSegmentView *segmentView() const { return m_segments; }
    QString cellTitle() const;

signals:
    void paragraphRequested(qint64 paragraphId);

private:
    void showIndex(const QModelIndex &cell);
    void clearCell();

    SegmentsOf m_segmentsOf;
    CodeMatrixModel *m_model;
    QHBoxLayout *m_controls;
    QLabel *m_note;
    QTableView *m_matrix;
    QLabel *m_title;
    CodingSegmentView *m_segments;
    QString m_shownRow; // the cell listed below, kept through a new matrix
    QString m_shownColumn;
};

} // namespace Rapporteur::Gui
