#include "blocsview.h"

#include "common/outputfile.h"

#include "agreementheatmap.h"
#include "blocchoicepanel.h"
#include "bloctreemodel.h"
#include "chartimage.h"
#include "cohesionmodel.h"
#include "dendrogramview.h"
#include "gui/common/backgroundread.h"
#include "gui/common/tablecsv.h"
#include "gui/votes/votetotalschart.h"
#include "pairvotesmodel.h"
#include "statepositionmodel.h"
#include "statesubmissionspane.h"

#include <QBuffer>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

struct BlocsView::Computed
{
    Blocs::BlocAnalysis analysis;
    Blocs::AgreementMatrix ordered;              // the matrix in the dendrogram's order
    QImage cells;                                // the heat map's cells, coloured
    QList<QList<Blocs::GroupCohesion>> cohesion; // [group][vote]
};

BlocsView::BlocsView(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_choices(new BlocChoicePanel(this)),
      m_stack(new QStackedWidget(this)), m_note(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_status(new QLabel(this)), m_submissions(new StateSubmissionsPane(this))
{
    setObjectName(QStringLiteral("blocsView"));
    setAccessibleName(tr("Voting blocs"));
    m_tabs->setObjectName(QStringLiteral("blocsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createMatrixPage(), tr("Matrix and blocs")); // in the order of Tab
    m_tabs->addTab(createGroupsPage(), tr("Groups"));
    m_tabs->addTab(createVotesPage(), tr("Votes"));
    m_note->setObjectName(QStringLiteral("blocsNote"));
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setMargin(24);
    m_stack->addWidget(m_note);
    m_stack->addWidget(m_tabs);
    m_status->setObjectName(QStringLiteral("blocsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *center = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(createExportButton());
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addLayout(bar);
    centerLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("blocsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_choices);
    splitter->addWidget(center);
    splitter->addWidget(m_submissions);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({230, 800, 280});
    // Explicit minimums, well under what the panes' contents would ask for: the splitter asks
    // for the sum of its panes' minimums, and that sum would set the whole window's minimum
    // width (nearly 800 pixels for this one tab) on a small screen.
    m_choices->setMinimumWidth(120);
    center->setMinimumWidth(200);
    m_submissions->setMinimumWidth(100);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_choices, &BlocChoicePanel::choiceChanged, this, &BlocsView::analyse);
    connect(m_choices, &BlocChoicePanel::blocCountChanged, this, &BlocsView::applyBlocCount);
    connect(m_submissions, &StateSubmissionsPane::entityRequested, this,
            &BlocsView::entityRequested);
    connect(m_submissions, &StateSubmissionsPane::submissionRequested, this,
            &BlocsView::submissionRequested);
    showNote(tr("No database is open."));
    connect(&m_session, &CorpusSession::changed, this, &BlocsView::sessionChanged);
}

BlocsView::~BlocsView()
{
    waitForBackgroundWork(this);
}

void BlocsView::sessionChanged(CorpusSession::Changes what)
{
    if (what.testFlag(CorpusSession::Change::Database)) {
        m_read.drop(); // a read of the old database is no longer wanted
        m_corpus = {};
        m_analysis = {};
        m_choices->hide(); // the old database's votes; reload lists the new one's
        m_submissions->hide();
        showNote(m_session.isOpen() ? tr("Not read yet.") : tr("No database is open."));
    }
    // An import may have brought votes. Reading them all again waits until the view is on show.
    if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents) &&
        m_session.isOpen()) {
        m_stale = true;
        if (isVisible())
            reload();
    }
}

void BlocsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void BlocsView::reload()
{
    m_stale = false;
    if (m_session.path().isEmpty()) {
        showNote(tr("No database is open."));
        return;
    }
    if (m_corpus.isEmpty())
        showNote(tr("Reading the recorded votes…"));
    setStatus(tr("Reading…"));
    auto work = [path = m_session.path()] {
        return readDatabase<BlocsCorpus>(path,
                                         [](Storage::Database &db) { return readBlocsCorpus(db); });
    };
    m_read.run(std::move(work), [this](const BackgroundResult<BlocsCorpus> &r) {
        if (!r.error.isEmpty()) {
            m_corpus = {};
            showNote(tr("The recorded votes could not be read: %1").arg(r.error));
            emit loadFailed(r.error);
            return;
        }
        setCorpus(r.value);
        emit loaded();
        analyse();
    });
}

void BlocsView::setCorpus(const BlocsCorpus &corpus)
{
    // Votes the user had left out stay out; votes new to the corpus are chosen.
    QSet<qint64> leftOut;
    for (const Storage::VoteRecord &v : std::as_const(m_corpus.votes))
        leftOut.insert(v.id);
    for (const qint64 id : m_choices->chosenVoteIds())
        leftOut.remove(id);
    m_corpus = corpus;
    QList<qint64> chosen;
    for (const Storage::VoteRecord &v : std::as_const(m_corpus.votes)) {
        if (!leftOut.contains(v.id))
            chosen.append(v.id);
    }
    {
        const QSignalBlocker quiet(m_choices); // one analysis below, not one per change
        m_choices->setVotes(m_corpus.votes);
        m_choices->setChosenVoteIds(chosen);
    }

    const QString group = m_group->currentData().toString();
    {
        const QSignalBlocker quiet(m_group);
        m_group->clear();
        for (const Blocs::Group &g : m_corpus.groups.groups()) {
            m_group->addItem(g.nameZh.isEmpty()
                                 ? g.shortName
                                 : QStringLiteral("%1 %2").arg(g.shortName, g.nameZh),
                             g.shortName);
        }
        m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
    }
    const qint64 vote = m_vote->currentData().toLongLong();
    {
        const QSignalBlocker quiet(m_vote);
        m_vote->clear();
        for (const Storage::VoteRecord &v : std::as_const(m_corpus.votes))
            m_vote->addItem(QStringLiteral("%1 %2 %3").arg(v.document, v.label, v.subject), v.id);
        m_vote->setCurrentIndex(std::max(0, m_vote->findData(vote)));
    }

    m_choices->setVisible(!m_corpus.isEmpty());
    m_submissions->setVisible(!m_corpus.isEmpty());
    if (m_corpus.isEmpty()) {
        showNote(tr("This corpus holds no recorded vote. Voting blocs are computed from the "
                    "recorded votes of committee reports (the lists of states in favour, against "
                    "and abstaining): import such a report to see who votes with whom."));
    }
}

void BlocsView::analyse()
{
    if (m_corpus.isEmpty()) {
        emit analysisShown(); // the note says why there is nothing
        return;
    }
    const QList<Storage::VoteRecord> chosen =
        votesWithIds(m_corpus.votes, m_choices->chosenVoteIds());
    if (chosen.isEmpty()) {
        m_read.drop();
        m_analysis = {};
        m_groupCohesion.clear();
        showNote(tr("Choose at least one vote to compare."));
        setStatus({});
        emit analysisShown();
        return;
    }
    setStatus(tr("Analysing…"));
    auto work = [chosen, options = m_choices->options(), groups = m_corpus.groups.groups()] {
        Computed computed;
        computed.analysis = Blocs::analyseBlocs(chosen, options);
        computed.ordered = computed.analysis.agreementInClusterOrder();
        computed.cells = AgreementHeatMap::cellImage(computed.ordered);
        for (const Blocs::Group &group : groups)
            computed.cohesion.append(Blocs::groupCohesion(chosen, group));
        return computed;
    };
    m_read.run(std::move(work), [this](const Computed &computed) {
        showComputed(computed);
        emit analysisShown();
    });
}

void BlocsView::showComputed(const Computed &computed)
{
    const QString first = m_pairModel->first();
    const QString second = m_pairModel->second();
    m_analysis = computed.analysis;
    m_groupCohesion = computed.cohesion;
    m_stack->setCurrentWidget(m_tabs);
    m_export->setEnabled(true);
    m_choices->setStateCount(int(m_analysis.votes.stateCount()));
    m_heatMap->setMatrix(computed.ordered, computed.cells);
    m_dendrogram->setDendrogram(m_analysis.dendrogram, m_choices->blocCount());
    layoutMatrix();
    applyBlocCount();
    if (!showPair(first, second)) {
        m_pairModel->clear();
        m_pairTitle->setText(tr("Click a cell of the map to compare the two states' votes."));
    }
    showCohesion();
    m_totalsChart->setVotes(m_analysis.votes.votes);
    showChosenVote();
}

void BlocsView::showNote(const QString &note)
{
    m_note->setText(note);
    m_stack->setCurrentWidget(m_note);
    m_export->setEnabled(false); // nothing drawn to export
    setStatus({});
}

void BlocsView::applyBlocCount()
{
    const int k = m_choices->blocCount();
    const QList<QStringList> cut = m_analysis.dendrogram.cutCodes(k);
    QList<int> sizes;
    for (const QStringList &bloc : cut)
        sizes.append(int(bloc.size()));
    m_heatMap->setBlocSizes(sizes);
    m_dendrogram->setBlocCount(k);
    m_blocModel->setBlocs(cut);
    m_blocTree->expandAll();
    setStatus(statusText());
}

QList<QStringList> BlocsView::blocs() const
{
    return m_blocModel->blocs();
}

void BlocsView::layoutMatrix()
{
    m_dendrogram->setLeafGeometry(m_heatMap->cellsTop(), m_heatMap->cellSize());
    if (QWidget *canvas = m_scroll->widget())
        canvas->adjustSize();
}

bool BlocsView::showPair(const QString &first, const QString &second)
{
    const QStringList &order = m_heatMap->matrix().codes;
    const qsizetype row = order.indexOf(first);
    const qsizetype column = order.indexOf(second);
    if (first.isEmpty() || row < 0 || column < 0)
        return false;
    m_pairModel->setPair(m_analysis.votes, m_corpus.votes, first, second, m_choices->options());
    const std::optional<double> value = m_heatMap->matrix().values[row][column];
    const int compared = m_heatMap->matrix().compared[row][column];
    m_pairTitle->setText(
        value ? tr("%1 and %2: agreement %3 over %n vote(s)", "", compared)
                    .arg(stateNames(first), stateNames(second), QString::number(*value, 'f', 2))
              : tr("%1 and %2: no vote in common").arg(stateNames(first), stateNames(second)));
    m_heatMap->setCurrentCell(int(row), int(column));
    m_pairTable->resizeColumnsToContents();
    showStatesOf(first == second ? stateNames(first)
                                 : tr("%1 and %2").arg(stateNames(first), stateNames(second)),
                 first == second ? QStringList{first} : QStringList{first, second});
    return true;
}

bool BlocsView::showBloc(int bloc)
{
    const QModelIndex index = m_blocModel->blocIndex(bloc);
    if (!index.isValid())
        return false;
    m_blocTree->setCurrentIndex(index); // lists its members' submissions
    m_blocTree->scrollTo(index, QAbstractItemView::PositionAtTop);
    return true;
}

void BlocsView::showStatesOf(const QString &title, const QStringList &codes)
{
    m_submissions->showStates(title, codes, m_corpus.submissionsOf(codes));
}

void BlocsView::setChosenVotes(const QList<qint64> &voteIds)
{
    m_choices->setChosenVoteIds(voteIds); // analyses
}

QList<qint64> BlocsView::chosenVotes() const
{
    return m_choices->chosenVoteIds();
}

void BlocsView::setAgreementOptions(const Blocs::AgreementOptions &options)
{
    m_choices->setOptions(options); // analyses
}

Blocs::AgreementOptions BlocsView::agreementOptions() const
{
    return m_choices->options();
}

void BlocsView::setBlocCount(int k)
{
    m_choices->setBlocCount(k);
}

int BlocsView::blocCount() const
{
    return m_choices->blocCount();
}

QString BlocsView::message() const
{
    return m_stack->currentWidget() == m_note ? m_note->text() : QString();
}

QString BlocsView::statusText() const
{
    if (m_analysis.votes.voteCount() == 0)
        return {};
    const Blocs::AgreementOptions options = m_choices->options();
    return tr("%n state(s)", "", int(m_analysis.votes.stateCount())) + QStringLiteral(" · ") +
           tr("%n vote(s)", "", int(m_analysis.votes.voteCount())) + QStringLiteral(" · ") +
           (options.abstention == Blocs::AbstentionRule::Half ? tr("abstention half")
                                                              : tr("abstention disagrees")) +
           QStringLiteral(" · ") +
           (options.nonVoting == Blocs::NonVotingRule::Exclude ? tr("not voting excluded")
                                                               : tr("not voting counted")) +
           QStringLiteral(" · ") + tr("%n bloc(s)", "", int(m_blocModel->blocs().size()));
}

void BlocsView::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool BlocsView::exportCsv(const QString &path)
{
    // Plain UTF-8 like the command line's output: the codes are ASCII, no byte-order mark needed.
    const QByteArray csv = Blocs::agreementCsv(m_heatMap->matrix()).toUtf8();
    if (const Status written = writeOutputFile(path, csv); !written) {
        setStatus(written.error().userMessage);
        return false;
    }
    return true;
}

bool BlocsView::writeImage(const QImage &image, const QString &path)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        setStatus(tr("Could not write %1").arg(path));
        return false;
    }
    if (const Status written = writeOutputFile(path, png); !written) {
        setStatus(written.error().userMessage);
        return false;
    }
    return true;
}

bool BlocsView::exportHeatMapPng(const QString &path)
{
    return writeImage(m_heatMap->toImage(), path);
}

bool BlocsView::exportDendrogramPng(const QString &path)
{
    return writeImage(m_dendrogram->toImage(), path);
}

bool BlocsView::exportCohesionChartPng(const QString &path)
{
    return writeImage(m_cohesionChart->toImage(), path);
}

bool BlocsView::exportTotalsChartPng(const QString &path)
{
    // The project's totals chart keeps its view inside.
    auto *view = m_totalsChart->findChild<QChartView *>();
    return writeImage(view ? chartImage(view) : m_totalsChart->grab().toImage(), path);
}

} // namespace Rapporteur::Gui
