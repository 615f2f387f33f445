#include "recordblocsview.h"

#include "agreementheatmap.h"
#include "agreementmapchart.h"
#include "gui/common/backgroundread.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

// The regular sessions the spin boxes offer: from the first to beyond today's.
constexpr int kFirstSession = 1;
constexpr int kLastSession = 99;

} // namespace

RecordBlocsView::RecordBlocsView(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_first(new QSpinBox(this)), m_last(new QSpinBox(this)),
      m_issue(new QComboBox(this)), m_important(new QCheckBox(tr("Important votes only"), this)),
      m_title(new QLineEdit(this)), m_abstention(new QComboBox(this)),
      m_nonVoting(new QComboBox(this)), m_run(new QPushButton(tr("Analyse"), this)),
      m_summary(new QLabel(this)), m_map(new AgreementMapChart(this)),
      m_heatMap(new AgreementHeatMap(this)), m_cohesion(new QTableWidget(this))
{
    setObjectName(QStringLiteral("votingRecord"));
    setAccessibleName(tr("Blocs over the General Assembly's voting record"));
    for (QSpinBox *box : {m_first, m_last}) {
        box->setRange(kFirstSession, kLastSession);
        box->setAccessibleName(box == m_first ? tr("First session") : tr("Last session"));
    }
    m_first->setValue(kFirstSession);
    m_last->setValue(kLastSession);
    m_issue->setAccessibleName(tr("Issue"));
    m_issue->addItem(tr("Any issue"), QString());
    // Voeten's issue codes, with the names his data gives them.
    const std::pair<const char *, QString> issues[] = {{"me", tr("Palestinian conflict")},
                                                       {"nu", tr("Nuclear weapons")},
                                                       {"di", tr("Arms control and disarmament")},
                                                       {"hr", tr("Human rights")},
                                                       {"co", tr("Colonialism")},
                                                       {"ec", tr("Economic development")}};
    for (const auto &[code, name] : issues)
        m_issue->addItem(name, QString::fromLatin1(code));
    m_title->setPlaceholderText(tr("Words of the titles (any case)"));
    m_title->setAccessibleName(tr("Words of the titles"));
    m_title->setClearButtonEnabled(true);
    m_abstention->setAccessibleName(tr("Abstention"));
    m_abstention->addItem(tr("Abstention half-way"),
                          QVariant::fromValue(static_cast<int>(Blocs::AbstentionRule::Half)));
    m_abstention->addItem(tr("Abstention disagrees"),
                          QVariant::fromValue(static_cast<int>(Blocs::AbstentionRule::Disagree)));
    m_nonVoting->setObjectName(QStringLiteral("recordNonVoting"));
    m_nonVoting->setAccessibleName(tr("What not voting counts for"));
    m_nonVoting->addItem(tr("Non-voting left out"),
                         QVariant::fromValue(static_cast<int>(Blocs::NonVotingRule::Exclude)));
    m_nonVoting->addItem(tr("Non-voting counted"),
                         QVariant::fromValue(static_cast<int>(Blocs::NonVotingRule::Count)));
    m_nonVoting->setToolTip(
        tr("Left out: a pair is compared over the roll calls both states voted on. Counted: a "
           "member not voting agrees with another not voting and with nothing else. A state "
           "that was not yet, or no longer, a member is compared on none of that time."));
    m_summary->setObjectName(QStringLiteral("recordSummary"));
    m_summary->setWordWrap(true);

    // Two short rows rather than one long one: the tab must fit beside the docks at 1280 × 800
    // and must not make the window wider than its user made it.
    m_issue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_issue->setMinimumContentsLength(10);
    auto *sessions = new QHBoxLayout;
    sessions->addWidget(new QLabel(tr("Sessions"), this));
    sessions->addWidget(m_first);
    sessions->addWidget(new QLabel(tr("to"), this));
    sessions->addWidget(m_last);
    sessions->addWidget(m_issue, 1);
    sessions->addWidget(m_important);
    auto *words = new QHBoxLayout;
    words->addWidget(m_title, 1);
    words->addWidget(m_abstention);
    words->addWidget(m_nonVoting);
    words->addWidget(m_run);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_heatMap);
    scroll->setAccessibleName(tr("Agreement heat map"));
    m_cohesion->setObjectName(QStringLiteral("recordCohesion"));
    m_cohesion->setAccessibleName(tr("Cohesion of each group"));
    m_cohesion->setColumnCount(4);
    m_cohesion->setHorizontalHeaderLabels(
        {tr("Group"), tr("Roll calls"), tr("Agreement index"), tr("With the majority")});
    m_cohesion->verticalHeader()->hide();
    m_cohesion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cohesion->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Six groups at text height: the table takes what it needs and leaves the rest to the map.
    const int rowHeight = m_cohesion->fontMetrics().height() + 6;
    m_cohesion->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_cohesion->setMaximumHeight(rowHeight * 8);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_map);
    left->addWidget(m_cohesion);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400}); // proportions: the heat map's own hint is a sliver

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sessions);
    layout->addLayout(words);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &RecordBlocsView::analyse);
    connect(m_title, &QLineEdit::returnPressed, this, &RecordBlocsView::analyse);
    connect(m_map, &AgreementMapChart::stateChosen, this, &RecordBlocsView::entityRequested);
    m_summary->setText(tr("Choose roll calls of the voting record (File ▸ Import Voting Record…) "
                          "and press Analyse."));
    connect(&m_session, &CorpusSession::changed, this, &RecordBlocsView::sessionChanged);
}

RecordBlocsView::~RecordBlocsView()
{
    waitForBackgroundWork(this);
}

void RecordBlocsView::sessionChanged(CorpusSession::Changes what)
{
    if (!what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents |
                           CorpusSession::Change::VotingRecord))
        return;
    m_read.drop(); // a read under way is of the old record
    m_run->setEnabled(true);
    display(RecordAnalysis{});
    m_summary->setText(tr("Choose roll calls of the voting record and press Analyse."));
}

Storage::RollCallQuery RecordBlocsView::query() const
{
    Storage::RollCallQuery q;
    q.firstSession = std::min(m_first->value(), m_last->value());
    q.lastSession = std::max(m_first->value(), m_last->value());
    q.issue = m_issue->currentData().toString();
    q.importantOnly = m_important->isChecked();
    q.titleContains = m_title->text().trimmed();
    return q;
}

void RecordBlocsView::analyse()
{
    if (m_session.path().isEmpty())
        return;
    m_run->setEnabled(false);
    m_summary->setText(tr("Reading the roll calls and computing the agreement…"));
    const QString path = m_session.path();
    const Storage::RollCallQuery q = query();
    const Blocs::AgreementOptions options{
        static_cast<Blocs::AbstentionRule>(m_abstention->currentData().toInt()),
        static_cast<Blocs::NonVotingRule>(m_nonVoting->currentData().toInt())};
    m_read.run(
        [path, q, options] {
            return readDatabase<RecordAnalysis>(
                path, [&](Storage::Database &db) { return readRecordAnalysis(db, q, options); });
        },
        [this](const BackgroundResult<RecordAnalysis> &read) {
            m_run->setEnabled(true);
            if (!read.error.isEmpty()) {
                display(RecordAnalysis{});
                m_summary->setText(read.error);
            } else {
                display(read.value);
            }
            emit analysed();
        });
}

void RecordBlocsView::display(const RecordAnalysis &analysis)
{
    m_analysis = analysis;
    m_map->setMap(analysis.map);
    m_heatMap->setMatrix(analysis.agreement, analysis.cells);
    m_heatMap->setBlocSizes(analysis.blocSizes);
    m_heatMap->adjustSize();
    m_cohesion->setRowCount(0);
    for (const GroupCohesionSummary &c : analysis.cohesion) {
        const int row = m_cohesion->rowCount();
        m_cohesion->insertRow(row);
        m_cohesion->setItem(row, 0, new QTableWidgetItem(c.group));
        m_cohesion->setItem(row, 1, new QTableWidgetItem(QString::number(c.rollCalls)));
        m_cohesion->setItem(row, 2,
                            new QTableWidgetItem(QString::number(c.meanAgreementIndex, 'f', 2)));
        m_cohesion->setItem(row, 3,
                            new QTableWidgetItem(QString::number(c.meanMajorityShare, 'f', 2)));
    }
    if (analysis.rollCalls == 0) {
        m_summary->setText(tr("No roll call of the voting record is chosen: import it (File ▸ "
                              "Import Voting Record…) or choose other sessions."));
        return;
    }
    QString text = tr("%n roll call(s), %1 states; the map's two axes show %2% and %3% of the "
                      "distances (1 − agreement); the heat map outlines %4 blocs.",
                      "", int(analysis.rollCalls))
                       .arg(analysis.map.points.size())
                       .arg(100 * analysis.map.explained[0], 0, 'f', 0)
                       .arg(100 * analysis.map.explained[1], 0, 'f', 0)
                       .arg(analysis.blocSizes.size());
    if (!analysis.map.leftOut.isEmpty())
        text += QLatin1Char(' ') + tr("Off the map (no vote in common with some state): %1.")
                                       .arg(analysis.map.leftOut.join(tr(", ")));
    m_summary->setText(text);
}

QString RecordBlocsView::summaryText() const
{
    return m_summary->text();
}

} // namespace Rapporteur::Gui
