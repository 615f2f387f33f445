#include "cohesionchart.h"

#include "chartimage.h"
#include "gui/common/chartview.h"

#include "blocs/votematrix.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>

namespace Rapporteur::Gui {

namespace {

// Distinct from one another and from the bloc colours' blues and oranges, as far as seven go.
constexpr QRgb kGroupColours[] = {0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a,
                                  0x66a61e, 0xe6ab02, 0xa6761d, 0x666666};

QBarSeries *barSeriesOf(QChart *chart)
{
    const QList<QAbstractSeries *> series = chart->series();
    return series.isEmpty() ? nullptr : qobject_cast<QBarSeries *>(series.constFirst());
}

} // namespace

CohesionChart::CohesionChart(QWidget *parent)
    : QWidget(parent), m_view(addChartView(this, tr("Cohesion of each group on each vote")))
{
    setObjectName(QStringLiteral("cohesionChart"));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom); // the bars get the width
}

CohesionChart::~CohesionChart() = default;

void CohesionChart::setCohesion(const QList<Blocs::Group> &groups,
                                const QList<QList<Blocs::GroupCohesion>> &cohesion,
                                const QList<Storage::VoteRecord> &allVotes, Measure measure)
{
    QChart *chart = m_view->chart();
    clearChart(chart);
    chart->setTitle(measure == Measure::AgreementIndex
                        ? tr("Agreement index of each group on each vote")
                        : tr("Share of each group voting with its majority"));
    if (groups.isEmpty() || cohesion.isEmpty() || cohesion.constFirst().isEmpty())
        return;

    QStringList categories;
    for (const Blocs::GroupCohesion &c : cohesion.constFirst())
        categories.append(Blocs::voteKey(c.vote, allVotes));
    auto *series = new QBarSeries;
    for (qsizetype g = 0; g < groups.size() && g < cohesion.size(); ++g) {
        auto *set = new QBarSet(groups[g].shortName);
        const QColor colour(kGroupColours[g % std::size(kGroupColours)]);
        set->setColor(colour);
        set->setBorderColor(colour.darker(130));
        for (const Blocs::GroupCohesion &c : cohesion[g]) {
            const std::optional<double> v =
                measure == Measure::AgreementIndex ? c.agreementIndex : c.majorityShare;
            *set << v.value_or(0.0);
        }
        connect(set, &QBarSet::clicked, this, &CohesionChart::voteChosen);
        series->append(set);
    }
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QStringList CohesionChart::categories() const
{
    for (QAbstractAxis *axis : m_view->chart()->axes(Qt::Horizontal)) {
        if (auto *x = qobject_cast<QBarCategoryAxis *>(axis))
            return x->categories();
    }
    return {};
}

QStringList CohesionChart::groupNames() const
{
    QStringList names;
    if (QBarSeries *series = barSeriesOf(m_view->chart())) {
        for (QBarSet *set : series->barSets())
            names.append(set->label());
    }
    return names;
}

QList<double> CohesionChart::values(const QString &group) const
{
    QList<double> result;
    if (QBarSeries *series = barSeriesOf(m_view->chart())) {
        for (QBarSet *set : series->barSets()) {
            if (set->label() != group)
                continue;
            for (int i = 0; i < set->count(); ++i)
                result.append(set->at(i));
        }
    }
    return result;
}

QImage CohesionChart::toImage()
{
    return chartImage(m_view);
}

} // namespace Rapporteur::Gui
