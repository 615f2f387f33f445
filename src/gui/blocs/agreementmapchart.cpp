#include "agreementmapchart.h"

#include "gui/common/chartview.h"

#include "referencedata/entityregistry.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHash>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace Rapporteur::Gui {

namespace {

// The cohesion chart's colours, so that a group looks the same in both.
constexpr QRgb kGroupColours[] = {0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a,
                                  0x66a61e, 0xe6ab02, 0xa6761d, 0x666666};

// The state nearest a point of the plane among the map's (where a hovered or clicked marker is).
QString nearestState(const Blocs::AgreementMap &map, const QPointF &at)
{
    QString code;
    double best = std::numeric_limits<double>::max();
    for (const Blocs::MapPoint &p : map.points) {
        const double d = (p.x - at.x()) * (p.x - at.x()) + (p.y - at.y()) * (p.y - at.y());
        if (d < best) {
            best = d;
            code = p.code;
        }
    }
    return code;
}

} // namespace

AgreementMapChart::AgreementMapChart(QWidget *parent)
    : QWidget(parent), m_view(addChartView(this, tr("Map of the states by their agreement")))
{
    setObjectName(QStringLiteral("agreementMapChart"));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
}

AgreementMapChart::~AgreementMapChart() = default;

void AgreementMapChart::setMap(const Blocs::AgreementMap &map)
{
    m_map = map;
    QChart *chart = m_view->chart();
    clearChart(chart);
    if (map.points.isEmpty())
        return;
    QHash<QString, QScatterSeries *> seriesOf;
    double lowX = 0, highX = 0, lowY = 0, highY = 0;
    for (const Blocs::MapPoint &p : map.points) {
        const QString group = p.group.isEmpty() ? tr("No regional group") : p.group;
        QScatterSeries *&series = seriesOf[group];
        if (!series) {
            series = new QScatterSeries;
            series->setName(group);
            const QColor colour(kGroupColours[chart->series().size() % std::size(kGroupColours)]);
            series->setColor(colour);
            series->setBorderColor(colour.darker(140));
            series->setMarkerSize(9);
            chart->addSeries(series);
            connect(series, &QScatterSeries::hovered, this, [this](const QPointF &at, bool state) {
                if (!state)
                    return QToolTip::hideText();
                const QString code = nearestState(m_map, at);
                const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(code);
                QToolTip::showText(
                    QCursor::pos(),
                    entity ? tr("%1 %2 (%3)").arg(entity->nameZh, entity->nameEn, code) : code,
                    m_view);
            });
            connect(series, &QScatterSeries::clicked, this,
                    [this](const QPointF &at) { emit stateChosen(nearestState(m_map, at)); });
        }
        series->append(p.x, p.y);
        lowX = std::min(lowX, p.x);
        highX = std::max(highX, p.x);
        lowY = std::min(lowY, p.y);
        highY = std::max(highY, p.y);
    }
    // Both axes on one scale, so that distances on the screen are the map's distances.
    const double half = std::max({highX - lowX, highY - lowY, 0.1}) / 2 * 1.1;
    const double midX = (lowX + highX) / 2;
    const double midY = (lowY + highY) / 2;
    auto *x = new QValueAxis;
    x->setRange(midX - half, midX + half);
    x->setTitleText(tr("Axis 1 (%1% of the distances)").arg(100 * map.explained[0], 0, 'f', 0));
    auto *y = new QValueAxis;
    y->setRange(midY - half, midY + half);
    y->setTitleText(tr("Axis 2 (%1%)").arg(100 * map.explained[1], 0, 'f', 0));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QStringList AgreementMapChart::groupNames() const
{
    QStringList names;
    for (QAbstractSeries *series : m_view->chart()->series())
        names.append(series->name());
    return names;
}

QList<std::pair<QString, QPointF>> AgreementMapChart::pointsOf(const QString &group) const
{
    // The series' own points, named by the map's states of that group in the order appended.
    QStringList codes;
    for (const Blocs::MapPoint &p : m_map.points) {
        if ((p.group.isEmpty() ? tr("No regional group") : p.group) == group)
            codes.append(p.code);
    }
    QList<std::pair<QString, QPointF>> out;
    for (QAbstractSeries *series : m_view->chart()->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (!scatter || scatter->name() != group)
            continue;
        const QList<QPointF> points = scatter->points();
        for (qsizetype i = 0; i < points.size() && i < codes.size(); ++i)
            out.append({codes[i], points[i]});
    }
    return out;
}

} // namespace Rapporteur::Gui
