#pragma once

#include <QColor>
#include <QFont>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The colours of the voting-blocs view. Agreement runs on a diverging scale (red for states that
// vote against each other, pale yellow half-way, blue for states that vote alike) so that both
// ends stand out from the middle, and a pair with no vote in common is grey, off the scale.
// Blocs take qualitative colours, distinct from the scale's.
namespace AgreementScale {

QColor colour(std::optional<double> agreement);
QColor undefinedColour();
// Bloc i's colour (from 0); the palette repeats after eight blocs.
QColor blocColour(int bloc);

} // namespace AgreementScale

// The legend of the heat map: the scale from 0 to 1 with its ticks, and the swatch for a pair
// with no vote in common.
class AgreementLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementLegend)

public:
    explicit AgreementLegend(QWidget *parent = nullptr);
    ~AgreementLegend() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The legend at `origin` in `font`, for the widget and for images of the heat map.
    static QSize legendSize(const QFont &font);
    static void paint(QPainter &painter, const QPoint &origin, const QFont &font,
                      const QColor &text);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Rapporteur::Gui
