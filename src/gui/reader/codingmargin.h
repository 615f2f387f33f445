#pragma once

#include "codingmark.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTextEdit;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The strip beside a reader's text with one coloured bar per coding, from the line where the
// coded text starts to the line where it ends; bars of codings that share lines stand side by
// side. Hovering over a bar tells its code path, coder, time and memo. Only the codings in view
// are measured, so a long document is not laid out to draw its margin.
class CodingMargin final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingMargin)

public:
    // A mark with the document positions [first, last) of its text.
    struct Placed
    {
        CodingMark mark;
        int first = 0;
        int last = 0;
    };
    // Where a bar was drawn, in the margin's coordinates.
    struct Bar
    {
        int markIndex = -1;
        QRect rect;
    };

    static constexpr int kBarWidth = 3;
    static constexpr int kBarGap = 2;
    static constexpr int kMaxColumns = 8; // more codings on one line share the last column

    explicit CodingMargin(QTextEdit *text);
    ~CodingMargin() override;

    void setMarks(const QList<Placed> &marks);
    const QList<Placed> &marks() const { return m_marks; }
    // The width the strip needs: none without marks.
    int preferredWidth() const;

    // The bars in view, as the last paint (or an explicit layout) placed them.
    QList<Bar> barsInView() const;
    // Code path, coder, time and memo of the bars at a point; empty when there is none.
    QString describeAt(const QPoint &pos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QTextEdit *m_text;
    QList<Placed> m_marks;
    int m_columns = 0;
};

} // namespace Rapporteur::Gui
