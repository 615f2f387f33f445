#include "plenaryrecordview.h"

#include "gui/common/backgroundread.h"
#include "pairagreementchart.h"
#include "plenarysharechart.h"
#include "resolutionseriesmodel.h"

#include "blocs/agreementlong.h"
#include "referencedata/entityregistry.h"
#include "storage/rollcallpositions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("0%")
                      : QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 0);
}

} // namespace

PlenaryRecordView::PlenaryRecordView(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_chart(new PlenaryShareChart(this)), m_seriesTitle(new QLabel(this)),
      m_seriesModel(new ResolutionSeriesModel(this)),
      m_seriesOrder(new QSortFilterProxyModel(this)), m_series(new QTableView(this)),
      m_other(new QComboBox(this)), m_agreement(new PairAgreementChart(this))
{
    setObjectName(QStringLiteral("plenaryRecord"));
    m_summary->setObjectName(QStringLiteral("plenarySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_seriesTitle->font();
    bold.setBold(true);
    m_seriesTitle->setFont(bold);
    m_seriesOrder->setSourceModel(m_seriesModel);
    m_series->setObjectName(QStringLiteral("plenarySeries"));
    m_series->setAccessibleName(tr("Resolution series"));
    m_series->setModel(m_seriesOrder);
    m_series->setSortingEnabled(true);              // by title, by how long a series ran, …
    m_series->sortByColumn(-1, Qt::AscendingOrder); // until then as given: by first vote
    m_series->verticalHeader()->hide();
    m_series->verticalHeader()->setDefaultSectionSize(m_series->fontMetrics().height() + 6);
    m_series->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_series->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_series->setWordWrap(false);
    QHeaderView *header = m_series->horizontalHeader();
    header->setSectionResizeMode(ResolutionSeriesModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ResolutionSeriesModel::SessionsColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResolutionSeriesModel::SpanColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResolutionSeriesModel::PositionsColumn, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Sized from the rows in view, not from every row: measuring the United States' 627 series
    // when the tab was first shown held the GUI thread for 20 ms. The two columns hold short
    // numbers, so the rows in view tell their width.
    header->setResizeContentsPrecision(0);

    m_other->setObjectName(QStringLiteral("agreementWith"));
    m_other->setAccessibleName(tr("Agreement with"));
    m_other->addItem(tr("Agreement over time with…"), QString());
    for (const Entity &e : ReferenceData::EntityRegistry::builtIn().entities()) {
        if (e.kind == EntityKind::MemberState || e.kind == EntityKind::FormerMemberState)
            m_other->addItem(tr("%1 (%2)").arg(e.nameEn, e.code), e.code);
    }
    m_other->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_other->setMinimumContentsLength(16);
    connect(m_other, &QComboBox::activated, this,
            [this](int index) { showAgreementWith(m_other->itemData(index).toString()); });
    m_agreement->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_seriesTitle);
    layout->addWidget(m_series, 3);
    auto *with = new QHBoxLayout;
    with->addWidget(m_other, 1);
    layout->addLayout(with);
    layout->addWidget(m_agreement, 2);
}

PlenaryRecordView::~PlenaryRecordView()
{
    waitForBackgroundWork(this);
}

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
    m_code = profile.entity.code;
    m_read.drop(); // an agreement read under way is of another state
    m_agreement->hide();
    m_other->setCurrentIndex(0);
    m_chart->setVisible(any);
    m_seriesTitle->setVisible(any);
    m_series->setVisible(any);
    m_other->setVisible(any);
    m_seriesModel->setSeries(profile.series);
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
    // By issue (Voeten's codes): one short line each under the summary.
    QStringList byIssue;
    for (const Storage::PositionTally &t : profile.plenary.byIssue)
        byIssue.append(tr("%1: %n roll call(s), %2 yes, %3 no, %4 abstaining", "", t.total())
                           .arg(t.key, percent(t.yes, t.total()), percent(t.no, t.total()),
                                percent(t.abstain, t.total())));
    if (!byIssue.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char('\n') +
                           tr("By issue — %1.").arg(byIssue.join(tr("; "))));
    m_seriesTitle->setText(tr("Resolution series (%n): the same title in two sessions or more", "",
                              int(profile.series.size())));
}

void PlenaryRecordView::showAgreementWith(const QString &code)
{
    if (code.isEmpty() || m_code.isEmpty() || m_session.path().isEmpty())
        return;
    const QString path = m_session.path();
    const QString self = m_code;
    using Rows = QList<Blocs::AgreementRow>;
    m_read.run(
        [path, self, code] {
            // The whole record once (a few tenths of a second), then the pair's sessions.
            return readDatabase<Rows>(path, [&](Storage::Database &db) -> Result<Rows> {
                auto table = Storage::readRollCallPositions(db, {});
                if (!table)
                    return table.error();
                return Blocs::pairAgreementBySession(*table, self, code);
            });
        },
        [this, code](const BackgroundResult<Rows> &read) {
            const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(code);
            const auto chosen = ReferenceData::EntityRegistry::builtIn().byCode(m_code);
            m_agreement->setRows(read.value, read.error.isEmpty()
                                                 ? tr("Agreement of %1 and %2 by session")
                                                       .arg(chosen ? chosen->nameEn : m_code,
                                                            entity ? entity->nameEn : code)
                                                 : read.error);
            m_agreement->show();
            emit agreementShown();
        });
}

QString PlenaryRecordView::summaryText() const
{
    return m_summary->text();
}

} // namespace Rapporteur::Gui
