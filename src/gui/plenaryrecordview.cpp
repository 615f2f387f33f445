#include "plenaryrecordview.h"

#include "plenarysharechart.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

QChar positionLetter(Storage::RollCallPosition position)
{
    switch (position) {
    case Storage::RollCallPosition::Yes:
        return u'Y';
    case Storage::RollCallPosition::No:
        return u'N';
    case Storage::RollCallPosition::Abstain:
        return u'A';
    case Storage::RollCallPosition::NonVoting:
        break;
    }
    return u'·';
}

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("0%")
                      : QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 0);
}

} // namespace

PlenaryRecordView::PlenaryRecordView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_chart(new PlenaryShareChart(this)),
      m_seriesTitle(new QLabel(this)), m_series(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("plenaryRecord"));
    m_summary->setObjectName(QStringLiteral("plenarySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_seriesTitle->font();
    bold.setBold(true);
    m_seriesTitle->setFont(bold);
    m_series->setObjectName(QStringLiteral("plenarySeries"));
    m_series->setAccessibleName(tr("Resolution series"));
    m_series->setColumnCount(4);
    m_series->setHeaderLabels({tr("Series"), tr("Sessions"), tr("From–to"), tr("Positions")});
    m_series->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_series->setSortingEnabled(true); // by title, by how long a series ran, …
    m_series->setRootIsDecorated(false);
    m_series->setUniformRowHeights(true);
    m_series->setWordWrap(false);
    m_series->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_series->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_series->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_series->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_series->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_seriesTitle);
    layout->addWidget(m_series, 3);
}

PlenaryRecordView::~PlenaryRecordView() = default;

void PlenaryRecordView::setProfile(const Analysis::EntityProfile &profile)
{
    const QList<Storage::PositionTally> &sessions = profile.plenary.bySession;
    Storage::PositionTally all;
    for (const Storage::PositionTally &t : sessions) {
        all.yes += t.yes;
        all.no += t.no;
        all.abstain += t.abstain;
        all.nonVoting += t.nonVoting;
    }
    const bool any = all.total() > 0;
    m_chart->setVisible(any);
    m_seriesTitle->setVisible(any);
    m_series->setVisible(any);
    m_series->setSortingEnabled(false); // filled in the order given, sorted by the user
    m_series->clear();
    if (!any) {
        m_summary->setText(tr("No recorded plenary vote of this state: import the General "
                              "Assembly's voting record (File ▸ Import Voting Record…)."));
        m_chart->setTallies({});
        return;
    }
    m_summary->setText(
        tr("%n roll call(s) from session %1 to %2: %3 yes, %4 no, %5 abstaining, %6 not voting.",
           "", all.total())
            .arg(sessions.constFirst().key, sessions.constLast().key, percent(all.yes, all.total()),
                 percent(all.no, all.total()), percent(all.abstain, all.total()),
                 percent(all.nonVoting, all.total())));
    m_chart->setTallies(sessions);

    m_seriesTitle->setText(tr("Resolution series (%n): the same title in two sessions or more", "",
                              int(profile.series.size())));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const Analysis::ResolutionSeries &series : profile.series) {
        QString letters;
        QStringList tip;
        for (const Storage::StatePlenaryVote &v : series.votes) {
            letters.append(positionLetter(v.position));
            tip.append(tr("%1 (session %2, %3): %4")
                           .arg(v.resolution, v.session, v.date.toString(Qt::ISODate),
                                Storage::rollCallPositionName(v.position)));
        }
        auto *item = new QTreeWidgetItem(m_series);
        item->setText(0, series.title);
        item->setData(1, Qt::DisplayRole, series.sessions); // a number: sorts as one
        item->setText(2, tr("%1–%2").arg(series.votes.constFirst().session,
                                         series.votes.constLast().session));
        item->setText(3, letters);
        item->setFont(3, fixed);
        item->setToolTip(0, series.title);
        item->setToolTip(3, tip.join(u'\n'));
    }
    // As given (by each series' first vote) until the user sorts by a column.
    m_series->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_series->setSortingEnabled(true);
}

QString PlenaryRecordView::summaryText() const
{
    return m_summary->text();
}

} // namespace Rapporteur::Gui
