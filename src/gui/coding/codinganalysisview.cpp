#include "codinganalysisview.h"

#include "gui/common/filedialogs.h"

#include "codingagreementpage.h"
#include "codingmatrixpage.h"
#include "codingretrievalpage.h"
#include "codingsegmentview.h"
#include "gui/common/backgroundread.h"
#include "gui/common/tablecsv.h"

#include "agreementmodel.h"
#include "common/recordedvote.h"
#include "referencedata/entityregistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

QList<CodeMatrixModel::ColumnLabel> stateLabels(const QStringList &codes)
{
    QList<CodeMatrixModel::ColumnLabel> labels;
    for (const QString &code : codes) {
        const auto e = ReferenceData::EntityRegistry::builtIn().byCode(code);
        labels.append(e ? CodeMatrixModel::ColumnLabel{e->nameZh + u'\n' + code, e->nameEn}
                        : CodeMatrixModel::ColumnLabel{code, {}});
    }
    return labels;
}

QString positionLabel(const QString &key)
{
    if (key == votePositionName(VotePosition::Yes))
        return CodingAnalysisView::tr("In favour");
    if (key == votePositionName(VotePosition::No))
        return CodingAnalysisView::tr("Against");
    if (key == votePositionName(VotePosition::Abstain))
        return CodingAnalysisView::tr("Abstaining");
    return CodingAnalysisView::tr("Not voting");
}

QString voteName(const Storage::VoteRecord &v)
{
    return QStringLiteral("%1 %2 %3").arg(v.document, v.label, v.subject);
}

} // namespace

CodingAnalysisView::CodingAnalysisView(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tabs(new QTabWidget(this)),
      m_coder(new QComboBox(this)), m_export(new QPushButton(tr("Export CSV…"), this)),
      m_status(new QLabel(this)), m_retrieval(new CodingRetrievalPage(m_tabs)),
      m_byState(new CodingMatrixPage(QStringLiteral("codingByState"),
                                     tr("Segments per code and state"), m_tabs)),
      m_byPosition(new CodingMatrixPage(QStringLiteral("codingByPosition"),
                                        tr("Segments per code and position on the vote"), m_tabs)),
      m_coOccurrence(new CodingMatrixPage(QStringLiteral("codingCoOccurrence"),
                                          tr("Paragraphs where two codes were both applied"),
                                          m_tabs)),
      m_agreement(new CodingAgreementPage(session, m_tabs))
{
    setObjectName(QStringLiteral("codingAnalysisView"));
    setAccessibleName(tr("Coding analysis"));
    m_coder->setObjectName(QStringLiteral("codingAnalysisCoder"));
    m_coder->setAccessibleName(tr("Whose codings"));
    m_export->setObjectName(QStringLiteral("codingAnalysisExport"));
    m_export->setToolTip(tr("Save the table of this tab as a CSV file"));
    m_status->setObjectName(QStringLiteral("codingAnalysisStatus"));
    m_tabs->setObjectName(QStringLiteral("codingAnalysisTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_retrieval, tr("Retrieval"));
    m_tabs->addTab(m_byState, tr("Code × state"));
    m_tabs->addTab(m_byPosition, tr("Code × vote position"));
    m_tabs->addTab(m_coOccurrence, tr("Co-occurrence"));
    m_tabs->addTab(m_agreement, tr("Agreement"));
    m_byPosition->controls()->insertWidget(0, createPositionControls());

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0); // the tabs below run to the edges, the bar does not
    bar->addWidget(new QLabel(tr("Coder:"), this));
    bar->addWidget(m_coder);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    const auto byIds = [this](const QModelIndex &cell) {
        return codingsWithIds(m_shown, cell.data(CodeMatrixModel::IdsRole).value<QList<qint64>>());
    };
    m_byState->setSegmentsOf(byIds);
    m_byPosition->setSegmentsOf(byIds);
    m_coOccurrence->setSegmentsOf([this](const QModelIndex &cell) {
        return codingsInParagraphs(m_shown,
                                   cell.data(CodeMatrixModel::IdsRole).value<QList<qint64>>(),
                                   cell.data(CodeMatrixModel::CodePathRole).toString(),
                                   cell.data(CodeMatrixModel::ColumnKeyRole).toString());
    });
    connect(m_coder, &QComboBox::currentIndexChanged, this, &CodingAnalysisView::refresh);
    connect(m_export, &QPushButton::clicked, this, &CodingAnalysisView::chooseExportFile);
    // The agreement page chooses its two coders itself.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_coder->setEnabled(currentPage() != AgreementPage); });
    connect(m_agreement, &CodingAgreementPage::computed, this,
            &CodingAnalysisView::agreementComputed);
    connect(m_retrieval, &CodingRetrievalPage::paragraphRequested, this,
            &CodingAnalysisView::paragraphRequested);
    for (CodingMatrixPage *page : {m_byState, m_byPosition, m_coOccurrence})
        connect(page, &CodingMatrixPage::paragraphRequested, this,
                &CodingAnalysisView::paragraphRequested);
    connect(m_agreement, &CodingAgreementPage::paragraphRequested, this,
            &CodingAnalysisView::paragraphRequested);
    showNote(tr("No database is open."));
    connect(&m_session, &CorpusSession::changed, this, &CodingAnalysisView::sessionChanged);
}

CodingAnalysisView::~CodingAnalysisView()
{
    waitForBackgroundWork(this);
}

QWidget *CodingAnalysisView::createPositionControls()
{
    auto *box = new QWidget(this);
    m_vote = new QComboBox(box);
    m_vote->setObjectName(QStringLiteral("codingAnalysisVote"));
    m_vote->setAccessibleName(tr("Recorded vote"));
    m_vote->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Vote:"), box));
    layout->addWidget(m_vote);
    connect(m_vote, &QComboBox::currentIndexChanged, this, &CodingAnalysisView::refreshPositions);
    return box;
}

void CodingAnalysisView::sessionChanged(CorpusSession::Changes what)
{
    if (what.testFlag(CorpusSession::Change::Database)) {
        m_read.drop(); // a read of the old database is no longer wanted
        showNote(m_session.isOpen() ? tr("Not read yet.") : tr("No database is open."));
    }
    // Reading every coding again is a background read: only while the view is on show, else
    // when it is next shown.
    if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents |
                          CorpusSession::Change::Codings) &&
        m_session.isOpen()) {
        m_stale = true;
        if (isVisible())
            reload();
    }
}

void CodingAnalysisView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CodingAnalysisView::reload()
{
    m_stale = false;
    if (m_session.path().isEmpty()) {
        showNote(tr("No database is open."));
        return;
    }
    m_status->setText(tr("Reading…"));
    auto work = [path = m_session.path()] {
        return readDatabase<CodingAnalysisData>(
            path, [](Storage::Database &db) { return readCodingAnalysis(db); });
    };
    m_read.run(std::move(work), [this](const BackgroundResult<CodingAnalysisData> &r) {
        if (!r.error.isEmpty()) {
            showNote(tr("The codings could not be read: %1").arg(r.error));
            emit loadFailed(r.error);
            return;
        }
        setData(r.value);
        emit loaded();
    });
}

void CodingAnalysisView::setData(const CodingAnalysisData &read)
{
    m_data = read;
    {
        const QSignalBlocker quiet(m_coder); // one refresh below
        const QString chosen = coder();
        m_coder->clear();
        m_coder->addItem(tr("All coders"), QString());
        for (const QString &c : read.coders)
            m_coder->addItem(c, c);
        m_coder->setCurrentIndex(std::max(0, m_coder->findData(chosen)));
    }
    {
        const QSignalBlocker quiet(m_vote);
        const QVariant chosen = m_vote->currentData();
        m_vote->clear();
        for (const Storage::VoteRecord &v : read.votes)
            m_vote->addItem(voteName(v), v.id);
        // The last vote of a report is on the draft as a whole: the one most asked about.
        const int kept = m_vote->findData(chosen);
        m_vote->setCurrentIndex(kept >= 0 ? kept : int(read.votes.size()) - 1);
    }
    m_agreement->setCoders(read.coders);
    refresh();
}

void CodingAnalysisView::refresh()
{
    m_shown = codingsBy(m_data.codings, coder());
    m_retrieval->setCodings(m_data.codes, m_shown);
    const Coding::CodeMatrix byState = Coding::codeByState(m_shown);
    m_byState->setMatrix(byState, stateLabels(byState.columns),
                         tr("Segments of each code in each state's submissions. Segments "
                            "outside a state's submission are not counted."));
    refreshPositions();
    const Coding::CodeMatrix together = Coding::coOccurrence(m_shown);
    m_coOccurrence->setMatrix(together, {},
                              tr("Paragraphs where both codes were applied; on the diagonal, "
                                 "the paragraphs where the code was applied at all."));
    int orphaned = 0;
    for (const Storage::CodingRecord &c : std::as_const(m_shown))
        orphaned += c.anchor.orphaned ? 1 : 0;
    QString status = tr("%n segment(s)", "", int(m_shown.size()));
    if (orphaned > 0)
        status += tr(", %n orphaned (not counted in the matrices)", "", orphaned);
    m_status->setText(status);
}

void CodingAnalysisView::refreshPositions()
{
    const qint64 id = m_vote->currentData().toLongLong();
    for (const Storage::VoteRecord &v : std::as_const(m_data.votes)) {
        if (v.id != id)
            continue;
        const Coding::CodeMatrix m = Coding::codeByVotePosition(m_shown, v);
        QList<CodeMatrixModel::ColumnLabel> labels;
        for (const QString &key : m.columns)
            labels.append({positionLabel(key), {}});
        m_byPosition->setMatrix(m, labels,
                                tr("Segments of each code by the position their state took on "
                                   "this vote. Observers and the European Union take none."));
        return;
    }
    m_byPosition->setMatrix({}, {}, tr("The corpus has no recorded votes."));
}

void CodingAnalysisView::showNote(const QString &note)
{
    m_data = {};
    m_shown.clear();
    {
        const QSignalBlocker quietCoder(m_coder);
        const QSignalBlocker quietVote(m_vote);
        m_coder->clear();
        m_coder->addItem(tr("All coders"), QString());
        m_vote->clear();
    }
    m_retrieval->setCodings({}, {});
    m_byState->setMatrix({}, {}, {});
    m_byPosition->setMatrix({}, {}, {});
    m_coOccurrence->setMatrix({}, {}, {});
    m_status->setText(note);
}

CodingAnalysisView::Page CodingAnalysisView::currentPage() const
{
    return static_cast<Page>(m_tabs->currentIndex());
}

void CodingAnalysisView::setCurrentPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

bool CodingAnalysisView::setCoder(const QString &coder)
{
    const int at = m_coder->findData(coder);
    if (at < 0)
        return false;
    m_coder->setCurrentIndex(at);
    return true;
}

QString CodingAnalysisView::coder() const
{
    return m_coder->currentData().toString();
}

bool CodingAnalysisView::showCode(const QString &codePath, bool withSubcodes)
{
    if (!m_retrieval->showCode(codePath, withSubcodes))
        return false;
    setCurrentPage(RetrievalPage);
    return true;
}

bool CodingAnalysisView::setVote(qint64 voteId)
{
    const int at = m_vote->findData(voteId);
    if (at < 0)
        return false;
    m_vote->setCurrentIndex(at);
    return true;
}

bool CodingAnalysisView::showCell(Page page, const QString &codePath, const QString &columnKey)
{
    CodingMatrixPage *matrix = matrixPage(page);
    if (!matrix || !matrix->showCell(codePath, columnKey))
        return false;
    setCurrentPage(page);
    return true;
}

void CodingAnalysisView::compareCoders(const QString &first, const QString &second,
                                       bool excludeUncoded)
{
    setCurrentPage(AgreementPage);
    m_agreement->compare(first, second, excludeUncoded);
}

QString CodingAnalysisView::currentCsv() const
{
    if (CodingMatrixPage *matrix = matrixPage(currentPage()))
        return tableCsv(*matrix->matrixModel(), tr("Code"), CodeMatrixModel::CountRole);
    if (currentPage() == AgreementPage)
        return tableCsv(*m_agreement->agreementModel());
    return tableCsv(*m_retrieval->segmentView()->shownModel());
}

bool CodingAnalysisView::exportCsv(const QString &path)
{
    const QString failed = writeCsvFile(path, currentCsv());
    if (failed.isEmpty())
        return true;
    m_status->setText(tr("Could not write %1: %2").arg(path, failed));
    return false;
}

void CodingAnalysisView::chooseExportFile()
{
    const QString name = m_tabs->tabText(m_tabs->currentIndex()).remove(u'&');
    const QString path = FileDialogs::saveFileName(
        this, tr("Export the Table"), name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportCsv(path))
        m_status->setText(tr("Saved %1").arg(path));
}

QString CodingAnalysisView::statusText() const
{
    return m_status->text();
}

CodingSegmentModel *CodingAnalysisView::retrievalModel() const
{
    return m_retrieval->segmentView()->segmentModel();
}

CodingMatrixPage *CodingAnalysisView::matrixPage(Page page) const
{
    switch (page) {
    case StatePage:
        return m_byState;
    case PositionPage:
        return m_byPosition;
    case CoOccurrencePage:
        return m_coOccurrence;
    default:
        return nullptr;
    }
}

CodeMatrixModel *CodingAnalysisView::matrixModel(Page page) const
{
    const CodingMatrixPage *matrix = matrixPage(page);
    return matrix ? matrix->matrixModel() : nullptr;
}

CodingSegmentModel *CodingAnalysisView::cellSegmentModel(Page page) const
{
    const CodingMatrixPage *matrix = matrixPage(page);
    return matrix ? matrix->segmentView()->segmentModel() : nullptr;
}

AgreementModel *CodingAnalysisView::agreementModel() const
{
    return m_agreement->agreementModel();
}

DisagreementModel *CodingAnalysisView::disagreementModel() const
{
    return m_agreement->disagreementModel();
}

} // namespace Rapporteur::Gui
