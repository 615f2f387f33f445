#include "countshade.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace Rapporteur::Gui {

namespace {

const QColor kAccent(0x1f, 0x5f, 0xa8);

// Below this intensity a cell's text stays dark; above it the shade is too deep for dark text.
constexpr double kLightTextFrom = 0.55;

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * t),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * t),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

double CountShade::intensity(int count) const
{
    if (count <= 0 || m_max <= 0)
        return 0;
    return 0.15 + 0.85 * std::log1p(count) / std::log1p(m_max);
}

QColor CountShade::background(int count) const
{
    return mix(QGuiApplication::palette().color(QPalette::Base), kAccent, intensity(count));
}

bool CountShade::wantsLightText(int count) const
{
    return intensity(count) > kLightTextFrom;
}

} // namespace Rapporteur::Gui
