#include "agreementscale.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace Rapporteur::Gui {

namespace {

// ColorBrewer's RdYlBu in five steps (0, ¼, ½, ¾, 1), readable by most colour-blind readers.
constexpr std::array<QRgb, 5> kStops{0xd73027, 0xfc8d59, 0xffffbf, 0x91bfdb, 0x4575b4};
// Qualitative, and away from the scale's reds, oranges, yellows and blues, so that a bloc's
// strip beside the map is not read as a value: greens, purples, pinks, browns, greys.
constexpr std::array<QRgb, 8> kBlocs{0x1b9e77, 0x7570b3, 0xe7298a, 0xa6761d,
                                     0x66a61e, 0x525252, 0xbc80bd, 0x01665e};

constexpr int kBarHeight = 12;
constexpr int kGap = 8;

// Room under the bar for its five tick labels (0, 0.25 … 1) with a character between each.
int barWidth(const QFontMetrics &m)
{
    return 4 * (m.horizontalAdvance(QStringLiteral("0.75")) +
                m.horizontalAdvance(QLatin1Char(' '))) +
           1;
}

int mix(int a, int b, double t)
{
    return int(std::lround(a + (b - a) * t));
}

} // namespace

QColor AgreementScale::colour(std::optional<double> agreement)
{
    if (!agreement)
        return undefinedColour();
    const double x = std::clamp(*agreement, 0.0, 1.0) * double(kStops.size() - 1);
    const int i = std::min(int(x), int(kStops.size()) - 2);
    const double t = x - i;
    const QColor a(kStops[i]);
    const QColor b(kStops[i + 1]);
    return QColor(mix(a.red(), b.red(), t), mix(a.green(), b.green(), t),
                  mix(a.blue(), b.blue(), t));
}

QColor AgreementScale::undefinedColour()
{
    return QColor(0xbd, 0xbd, 0xbd);
}

QColor AgreementScale::blocColour(int bloc)
{
    return QColor(kBlocs[std::size_t(std::max(bloc, 0)) % kBlocs.size()]);
}

AgreementLegend::AgreementLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agreementLegend"));
    setAccessibleName(tr("Colour scale of agreement"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

AgreementLegend::~AgreementLegend() = default;

QSize AgreementLegend::sizeHint() const
{
    return legendSize(font());
}

QSize AgreementLegend::minimumSizeHint() const
{
    return sizeHint();
}

void AgreementLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(p, QPoint(0, 0), font(), palette().color(QPalette::WindowText));
}

QSize AgreementLegend::legendSize(const QFont &font)
{
    const QFontMetrics m(font);
    const int width = m.horizontalAdvance(tr("Agreement")) + kGap + barWidth(m) + 2 * kGap +
                      kBarHeight + 4 + m.horizontalAdvance(tr("no vote in common")) + 4;
    return {width, kBarHeight + m.height() + 6};
}

void AgreementLegend::paint(QPainter &p, const QPoint &origin, const QFont &font,
                            const QColor &text)
{
    p.save();
    p.translate(origin);
    p.setFont(font);
    const QFontMetrics m(font);
    const QColor frame(0x80, 0x80, 0x80);
    const int barTop = 2;
    int x = 0;
    const QString title = tr("Agreement");
    p.setPen(text);
    p.drawText(QRect(x, 0, m.horizontalAdvance(title), kBarHeight + 4), Qt::AlignVCenter, title);
    x += m.horizontalAdvance(title) + kGap;
    const int bar = barWidth(m);

    for (int i = 0; i < bar; ++i)
        p.fillRect(x + i, barTop, 1, kBarHeight, AgreementScale::colour(double(i) / (bar - 1)));
    p.setPen(frame);
    p.drawRect(x, barTop, bar - 1, kBarHeight - 1);
    p.setPen(text);
    for (int tick = 0; tick <= 4; ++tick) {
        const int at = x + (bar - 1) * tick / 4;
        p.drawLine(at, barTop + kBarHeight, at, barTop + kBarHeight + 2);
        const QString label = QString::number(tick / 4.0, 'g', 2);
        const int w = m.horizontalAdvance(label);
        const int left = std::clamp(at - w / 2, x, x + bar - w);
        p.drawText(left, barTop + kBarHeight + 2 + m.ascent(), label);
    }
    x += bar + 2 * kGap;

    p.fillRect(x, barTop, kBarHeight, kBarHeight, AgreementScale::undefinedColour());
    p.setPen(frame);
    p.drawRect(x, barTop, kBarHeight - 1, kBarHeight - 1);
    p.setPen(text);
    x += kBarHeight + 4;
    const QString undefined = tr("no vote in common");
    p.drawText(QRect(x, 0, m.horizontalAdvance(undefined) + 4, kBarHeight + 4), Qt::AlignVCenter,
               undefined);
    p.restore();
}

} // namespace Rapporteur::Gui
