#include "blocsview.h"

#include "common/outputfile.h"

#include "adaptivesplitter.h"
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
#include <QPushButton>
#include <QResizeEvent>
#include <QSet>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSlider>
#include <QStackedWidget>
#include <QTabWidget>
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

    // The choices over the pages as a bar that wraps; under it the map's zoom (on show with the
    // map) and the status, so that the legend over the map has its row alone; the export
    // menu at the end of the pages' tabs.
    auto *zoom = new QWidget(this);
    auto *zoomLayout = new QHBoxLayout(zoom);
    zoomLayout->setContentsMargins(0, 0, 0, 0);
    auto *zoomLabel = new QLabel(tr("Zoom:"), zoom);
    zoomLabel->setBuddy(m_matrix->zoomSlider());
    zoomLayout->addWidget(zoomLabel);
    zoomLayout->addWidget(m_matrix->zoomSlider());
    const auto showZoom = [this, zoom] {
        zoom->setVisible(m_stack->currentWidget() == m_tabs && m_tabs->currentWidget() == m_matrix);
    };
    connect(m_tabs, &QTabWidget::currentChanged, zoom, showZoom);
    connect(m_stack, &QStackedWidget::currentChanged, zoom, showZoom);
    auto *bar = new QHBoxLayout;
    m_status->setWordWrap(true);
    bar->addWidget(zoom);
    bar->addWidget(m_status, 1);
    m_tabs->setCornerWidget(createExportButton(), Qt::TopRightCorner);
    // Side by side whenever the submissions are in it (placeSubmissions takes them out first).
    m_splitter = new AdaptiveSplitter(this);
    m_splitter->setObjectName(QStringLiteral("blocsSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_submissions);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    placeSubmissions(false); // until the view is shown wide enough for them beside the pages
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_choices);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

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
        showSubmissions(false);
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

int BlocsView::submissionsWidth() const
{
    // Three short columns (state, symbol, section) and a title wrapped on two or three lines.
    return latinTextWidth(m_submissions->fontMetrics(), 36);
}

QSize BlocsView::minimumSizeHint() const
{
    // The narrow arrangement's: the submissions a page of the tabs, not beside them.
    QSize size = QWidget::minimumSizeHint();
    int narrow =
        std::max({m_stack->minimumSizeHint().width(), m_submissions->minimumSizeHint().width(),
                  m_export->minimumSizeHint().width() + m_status->minimumSizeHint().width()});
    if (!m_choices->isHidden())
        narrow = std::max(narrow, m_choices->minimumSizeHint().width());
    size.setWidth(std::min(size.width(), narrow));
    return size;
}

void BlocsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeSubmissions(event->size().width() >=
                     m_matrix->wideWidth() + m_splitter->handleWidth() + submissionsWidth());
}

void BlocsView::placeSubmissions(bool beside)
{
    const bool isBeside = m_tabs->indexOf(m_submissions) < 0;
    if (beside == isBeside && m_placed)
        return;
    m_placed = true;
    if (beside) {
        if (!isBeside)
            m_tabs->removeTab(m_tabs->indexOf(m_submissions));
        m_splitter->addWidget(m_submissions);
        m_submissions->setVisible(m_submissionsShown);
        // The splitter sizes it on its next resize (or now, on show); the pages take the rest.
        m_splitter->setSecondPaneExtent(submissionsWidth(), 0);
    } else {
        // Too narrow for the pages and the list beside them: the list becomes a page of its
        // own, so that the map keeps the width.
        m_tabs->addTab(m_submissions, tr("Submissions"));
    }
}

void BlocsView::showSubmissions(bool shown)
{
    m_submissionsShown = shown;
    // A page of the tabs shows and hides with its tab; beside them, it shows when there is
    // something to list.
    if (m_tabs->indexOf(m_submissions) < 0 && shown != m_submissions->isVisibleTo(this)) {
        m_submissions->setVisible(shown);
        m_splitter->setSecondPaneExtent(submissionsWidth(), 0); // its width back
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
    showSubmissions(!m_shown.corpus.isEmpty());
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
    // The options are on show in the bar above: the counts alone.
    return tr("%n state(s)", "", int(m_shown.analysis.votes.stateCount())) + QStringLiteral(" · ") +
           tr("%n vote(s)", "", int(m_shown.analysis.votes.voteCount())) + QStringLiteral(" · ") +
           tr("%n bloc(s)", "", int(m_matrix->blocs().size()));
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

QPushButton *BlocsView::createExportButton()
{
    // A push button: its menu's arrow has a place of its own, beside the text and not over it.
    auto *button = new QPushButton(this);
    m_export = button;
    button->setObjectName(QStringLiteral("blocsExport"));
    button->setText(tr("Export"));
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
