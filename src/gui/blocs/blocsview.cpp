#include "blocsview.h"

#include "common/outputfile.h"

#include "agreementheatmap.h"
#include "blocchoicepanel.h"
#include "chartimage.h"
#include "dendrogramview.h"
#include "gui/common/backgroundread.h"
#include "gui/common/filedialogs.h"
#include "gui/votes/votetotalschart.h"
#include "statesubmissionspane.h"

#include <QBuffer>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
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
      m_status(new QLabel(this)), m_submissions(new StateSubmissionsPane(this)),
      m_matrix(new BlocsMatrixPage(m_shown, *m_choices, m_tabs)),
      m_groups(new BlocsGroupsPage(m_shown, m_tabs)), m_votes(new BlocsVotesPage(m_shown, m_tabs))
{
    setObjectName(QStringLiteral("blocsView"));
    setAccessibleName(tr("Voting blocs"));
    m_tabs->setObjectName(QStringLiteral("blocsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_matrix, tr("Matrix and blocs"));
    m_tabs->addTab(m_groups, tr("Groups"));
    m_tabs->addTab(m_votes, tr("Votes"));
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
    for (BlocsPage *page : std::initializer_list<BlocsPage *>{m_matrix, m_groups, m_votes}) {
        connect(page, &BlocsPage::raiseRequested, this,
                [this, page] { m_tabs->setCurrentWidget(page); });
        connect(page, &BlocsPage::statesChosen, this, &BlocsView::showStatesOf);
        connect(page, &BlocsPage::entityRequested, this, &BlocsView::entityRequested);
    }
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
        m_shown.corpus = {};
        m_shown.analysis = {};
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
    if (m_shown.corpus.isEmpty())
        showNote(tr("Reading the recorded votes…"));
    setStatus(tr("Reading…"));
    auto work = [path = m_session.path()] {
        return readDatabase<BlocsCorpus>(path,
                                         [](Storage::Database &db) { return readBlocsCorpus(db); });
    };
    m_read.run(std::move(work), [this](const BackgroundResult<BlocsCorpus> &r) {
        if (!r.error.isEmpty()) {
            m_shown.corpus = {};
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
    for (const Storage::VoteRecord &v : std::as_const(m_shown.corpus.votes))
        leftOut.insert(v.id);
    for (const qint64 id : m_choices->chosenVoteIds())
        leftOut.remove(id);
    m_shown.corpus = corpus;
    QList<qint64> chosen;
    for (const Storage::VoteRecord &v : std::as_const(m_shown.corpus.votes)) {
        if (!leftOut.contains(v.id))
            chosen.append(v.id);
    }
    {
        const QSignalBlocker quiet(m_choices); // one analysis below, not one per change
        m_choices->setVotes(m_shown.corpus.votes);
        m_choices->setChosenVoteIds(chosen);
    }

    m_groups->listGroups();
    m_votes->listVotes();

    m_choices->setVisible(!m_shown.corpus.isEmpty());
    m_submissions->setVisible(!m_shown.corpus.isEmpty());
    if (m_shown.corpus.isEmpty()) {
        showNote(tr("This corpus holds no recorded vote. Voting blocs are computed from the "
                    "recorded votes of committee reports (the lists of states in favour, against "
                    "and abstaining): import such a report to see who votes with whom."));
    }
}

void BlocsView::analyse()
{
    if (m_shown.corpus.isEmpty()) {
        emit analysisShown(); // the note says why there is nothing
        return;
    }
    const QList<Storage::VoteRecord> chosen =
        votesWithIds(m_shown.corpus.votes, m_choices->chosenVoteIds());
    if (chosen.isEmpty()) {
        m_read.drop();
        m_shown.analysis = {};
        m_shown.groupCohesion.clear();
        showNote(tr("Choose at least one vote to compare."));
        setStatus({});
        emit analysisShown();
        return;
    }
    setStatus(tr("Analysing…"));
    auto work = [chosen, options = m_choices->options(), groups = m_shown.corpus.groups.groups()] {
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
    m_shown.analysis = computed.analysis;
    m_shown.groupCohesion = computed.cohesion;
    m_stack->setCurrentWidget(m_tabs);
    m_export->setEnabled(true);
    m_choices->setStateCount(int(m_shown.analysis.votes.stateCount()));
    m_matrix->showAnalysis(computed.ordered, computed.cells);
    setStatus(statusText());
    m_groups->showCohesion();
    m_votes->showAnalysis();
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
    m_matrix->showCut();
    setStatus(statusText());
}

QList<QStringList> BlocsView::blocs() const
{
    return m_matrix->blocs();
}

bool BlocsView::showPair(const QString &first, const QString &second)
{
    return m_matrix->showPair(first, second);
}

bool BlocsView::showBloc(int bloc)
{
    return m_matrix->showBloc(bloc);
}

bool BlocsView::showGroup(const QString &name)
{
    return m_groups->showGroup(name); // brings its tab to the front
}

void BlocsView::setCohesionMeasure(CohesionChart::Measure measure)
{
    m_groups->setMeasure(measure);
}

bool BlocsView::showVote(qint64 voteId)
{
    return m_votes->showVote(voteId); // brings its tab to the front
}

void BlocsView::showStatesOf(const QString &title, const QStringList &codes)
{
    m_submissions->showStates(title, codes, m_shown.corpus.submissionsOf(codes));
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
    if (m_shown.analysis.votes.voteCount() == 0)
        return {};
    const Blocs::AgreementOptions options = m_choices->options();
    return tr("%n state(s)", "", int(m_shown.analysis.votes.stateCount())) + QStringLiteral(" · ") +
           tr("%n vote(s)", "", int(m_shown.analysis.votes.voteCount())) + QStringLiteral(" · ") +
           (options.abstention == Blocs::AbstentionRule::Half ? tr("abstention half")
                                                              : tr("abstention disagrees")) +
           QStringLiteral(" · ") +
           (options.nonVoting == Blocs::NonVotingRule::Exclude ? tr("not voting excluded")
                                                               : tr("not voting counted")) +
           QStringLiteral(" · ") + tr("%n bloc(s)", "", int(m_matrix->blocs().size()));
}

void BlocsView::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool BlocsView::exportCsv(const QString &path)
{
    // Plain UTF-8 like the command line's output: the codes are ASCII, no byte-order mark needed.
    const QByteArray csv = Blocs::agreementCsv(heatMap()->matrix()).toUtf8();
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
    return writeImage(heatMap()->toImage(), path);
}

bool BlocsView::exportDendrogramPng(const QString &path)
{
    return writeImage(dendrogram()->toImage(), path);
}

bool BlocsView::exportCohesionChartPng(const QString &path)
{
    return writeImage(cohesionChart()->toImage(), path);
}

bool BlocsView::exportTotalsChartPng(const QString &path)
{
    // The project's totals chart keeps its view inside.
    VoteTotalsChart *chart = totalsChart();
    auto *view = chart->findChild<QChartView *>();
    return writeImage(view ? chartImage(view) : chart->grab().toImage(), path);
}

QToolButton *BlocsView::createExportButton()
{
    auto *button = new QToolButton(this);
    m_export = button;
    button->setObjectName(QStringLiteral("blocsExport"));
    button->setText(tr("Export"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    menu->addAction(tr("Agreement matrix as CSV…"), this, [this] {
        chooseExportFile(tr("Export the Agreement Matrix"), QStringLiteral("csv"),
                         &BlocsView::exportCsv);
    });
    menu->addAction(tr("Heat map as PNG…"), this, [this] {
        chooseExportFile(tr("Export the Heat Map"), QStringLiteral("png"),
                         &BlocsView::exportHeatMapPng);
    });
    menu->addAction(tr("Dendrogram as PNG…"), this, [this] {
        chooseExportFile(tr("Export the Dendrogram"), QStringLiteral("png"),
                         &BlocsView::exportDendrogramPng);
    });
    menu->addAction(tr("Cohesion chart as PNG…"), this, [this] {
        chooseExportFile(tr("Export the Cohesion Chart"), QStringLiteral("png"),
                         &BlocsView::exportCohesionChartPng);
    });
    menu->addAction(tr("Vote totals chart as PNG…"), this, [this] {
        chooseExportFile(tr("Export the Vote Totals Chart"), QStringLiteral("png"),
                         &BlocsView::exportTotalsChartPng);
    });
    button->setMenu(menu);
    return button;
}

void BlocsView::chooseExportFile(const QString &title, const QString &suffix,
                                 bool (BlocsView::*write)(const QString &))
{
    const QString filter =
        suffix == QLatin1String("csv") ? tr("CSV files (*.csv)") : tr("PNG images (*.png)");
    const QString path =
        FileDialogs::saveFileName(this, title, QStringLiteral("voting-blocs.") + suffix, filter);
    if (!path.isEmpty() && (this->*write)(path))
        setStatus(tr("Saved %1").arg(path));
}

} // namespace Rapporteur::Gui
