#include "adaptivesplitter.h"

#include <QFontMetrics>
#include <QResizeEvent>

#include <algorithm>

namespace Rapporteur::Gui {

int latinTextWidth(const QFontMetrics &metrics, int n)
{
    // Twenty-six letters give the average of a line of text better than one letter does.
    return n * metrics.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26;
}

AdaptiveSplitter::AdaptiveSplitter(QWidget *parent) : QSplitter(Qt::Horizontal, parent)
{
    setChildrenCollapsible(false);
    connect(this, &QSplitter::splitterMoved, this, [this] {
        if (count() == 2)
            m_dragged = sizes().constLast();
    });
}

AdaptiveSplitter::~AdaptiveSplitter() = default;

void AdaptiveSplitter::setWideWidth(int pixels)
{
    m_wideWidth = pixels;
    if (isVisible())
        arrange(size());
}

void AdaptiveSplitter::setSecondPaneExtent(int width, int height)
{
    m_secondWidth = width;
    m_secondHeight = height;
    m_dragged = -1;
    if (isVisible())
        arrange(size());
}

namespace {

int minimumWidthOf(const QWidget *pane)
{
    return pane->minimumWidth() > 0 ? pane->minimumWidth() : pane->minimumSizeHint().width();
}

} // namespace

QSize AdaptiveSplitter::minimumSizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = std::max(width, minimumWidthOf(widget(i)));
    return {width + 2 * frameWidth(), QSplitter::minimumSizeHint().height()};
}

int AdaptiveSplitter::sideBySideMinimum() const
{
    int width = 2 * frameWidth() + handleWidth() * (count() - 1);
    for (int i = 0; i < count(); ++i)
        width += minimumWidthOf(widget(i));
    return width;
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    arrange(event->size());
    QSplitter::resizeEvent(event);
}

void AdaptiveSplitter::arrange(const QSize &size)
{
    if (count() != 2 || size.isEmpty())
        return;
    // Never side by side in less than the panes' minimums together.
    const int wide = std::max(m_wideWidth, sideBySideMinimum());
    const Qt::Orientation wanted = size.width() >= wide ? Qt::Horizontal : Qt::Vertical;
    if (wanted != orientation()) {
        setOrientation(wanted);
        m_dragged = -1; // what the user dragged was for the other orientation
        emit orientationChanged(wanted);
    }
    const bool across = wanted == Qt::Horizontal;
    const int total = (across ? size.width() : size.height()) - handleWidth();
    // The second pane keeps its extent (the owner's, or where the user dragged it) and the first,
    // the view's main pane, takes every change of size; but the first never gets less than its
    // minimum, nor less than a third.
    const QSize firstMinimum = widget(0)->minimumSizeHint();
    const int firstLeast =
        std::max(across ? firstMinimum.width() : firstMinimum.height(), total / 3);
    const int wish = m_dragged >= 0 ? m_dragged : across ? m_secondWidth : m_secondHeight;
    const int second = std::max(0, std::min(wish, total - firstLeast));
    setSizes({total - second, second});
}

} // namespace Rapporteur::Gui
