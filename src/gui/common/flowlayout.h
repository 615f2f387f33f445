#pragma once

#include <QLayout>
#include <QList>

namespace Rapporteur::Gui {

// Lays its items out in rows, left to right, starting a new row where the next item would not
// fit, each item at its size hint: a bar of controls that wraps when the view is narrow instead
// of squeezing (and eliding) them. Its height follows its width (heightForWidth), so that a
// vertical layout around it gives it as many rows as it needs.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (or only measures, when place is false); returns the height used.
    int arrange(const QRect &rect, bool place) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
};

} // namespace Rapporteur::Gui
