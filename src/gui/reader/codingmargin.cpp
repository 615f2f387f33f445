#include "codingmargin.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

#include <algorithm>
#include <climits>

namespace Rapporteur::Gui {

CodingMargin::CodingMargin(QTextEdit *text) : QWidget(text), m_text(text)
{
    setObjectName(QStringLiteral("codingMargin"));
    setAccessibleName(tr("Coding marks"));
    setMouseTracking(true);
}

CodingMargin::~CodingMargin() = default;

void CodingMargin::setMarks(const QList<Placed> &marks)
{
    m_marks = marks;
    // Enough columns for the paragraph with the most codings (a paragraph is one block, and
    // codings that share a line must stand side by side), within reason.
    QHash<qint64, int> perParagraph;
    m_columns = 0;
    for (const Placed &placed : m_marks)
        m_columns = std::max(m_columns, ++perParagraph[placed.mark.span.paragraphId]);
    m_columns = std::min(m_columns, kMaxColumns);
    update();
}

int CodingMargin::preferredWidth() const
{
    return m_columns == 0 ? 0 : 4 + m_columns * (kBarWidth + kBarGap);
}

QList<CodingMargin::Bar> CodingMargin::barsInView() const
{
    QList<Bar> bars;
    if (m_marks.isEmpty())
        return bars;
    const QRect view = m_text->viewport()->rect();
    const int top = m_text->cursorForPosition(view.topLeft()).position();
    const int bottom = m_text->cursorForPosition(view.bottomRight()).position();
    // In order of their start, each bar takes the first column free at its top.
    QList<int> order;
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks[i].last > top && m_marks[i].first <= bottom)
            order << i;
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const Placed &x = m_marks[a];
        const Placed &y = m_marks[b];
        return x.first != y.first ? x.first < y.first : x.last > y.last;
    });
    QList<int> columnBottom(kMaxColumns, INT_MIN);
    QTextCursor cursor(m_text->document());
    for (const int i : order) {
        cursor.setPosition(m_marks[i].first);
        const QRect start = m_text->cursorRect(cursor);
        cursor.setPosition(std::max(m_marks[i].first, m_marks[i].last - 1));
        const QRect end = m_text->cursorRect(cursor);
        const int y0 = start.top();
        const int y1 = std::max(end.bottom(), y0 + 2);
        int column = 0;
        while (column < kMaxColumns - 1 && columnBottom[column] >= y0)
            ++column;
        columnBottom[column] = std::max(columnBottom[column], y1);
        bars.append({i, QRect(2 + column * (kBarWidth + kBarGap), y0, kBarWidth, y1 - y0 + 1)});
    }
    return bars;
}

QString CodingMargin::describeAt(const QPoint &pos) const
{
    QStringList lines;
    for (const Bar &bar : barsInView()) {
        // A bar is thin: the column's whole width (with its gap) counts as hitting it.
        const QRect target = bar.rect.adjusted(-kBarGap, 0, kBarGap, 0);
        if (target.contains(pos))
            lines << describeMark(m_marks[bar.markIndex].mark);
    }
    return lines.join(QStringLiteral("\n\n"));
}

void CodingMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    for (const Bar &bar : barsInView())
        painter.fillRect(bar.rect, m_marks[bar.markIndex].mark.colour);
}

bool CodingMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Rapporteur::Gui
