#pragma once

#include <QSplitter>

QT_BEGIN_NAMESPACE
class QFontMetrics;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The width of n characters of Latin text in a font: what a pane that holds such text needs.
// Not QFontMetrics::averageCharWidth, which for the Chinese interface font is a full-width
// character's, twice a Latin letter's.
int latinTextWidth(const QFontMetrics &metrics, int n);

// A splitter of two panes that lays them side by side when it is wide enough for both and one
// over the other when it is not, so that a view keeps every pane readable in a narrow window
// (the main window's docks open) and uses the width of a wide one. The owner says what "wide
// enough" is (from its font and content) and how much room the second pane wants either way;
// the first pane takes the rest, and every change of size. Where the user drags the handle, the
// second pane keeps the extent it was given, until the orientation changes.
class AdaptiveSplitter final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdaptiveSplitter)

public:
    explicit AdaptiveSplitter(QWidget *parent = nullptr);
    ~AdaptiveSplitter() override;

    // Side by side from this width on.
    void setWideWidth(int pixels);
    int wideWidth() const { return m_wideWidth; }
    // The second pane's width when side by side and its height when stacked.
    void setSecondPaneExtent(int width, int height);

    // As narrow as the panes stacked: narrower than the two side by side, it stacks them, so it
    // must not keep a window from giving it less.
    QSize minimumSizeHint() const override;

signals:
    void orientationChanged(Qt::Orientation orientation);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(const QSize &size);
    int sideBySideMinimum() const;

    int m_wideWidth = 0;
    int m_secondWidth = 0;
    int m_secondHeight = 0;
    int m_dragged = -1; // the second pane's extent where the user dragged it; −1 for none
};

} // namespace Rapporteur::Gui
