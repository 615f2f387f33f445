#include "referencesview.h"

#include "citationmodel.h"
#include "gui/common/backgroundread.h"
#include "instrumentmatrixmodel.h"
#include "referencetargetmodel.h"

#include "analysis/referenceindex.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

// How many states the summary under the title names before it says how many more there are.
constexpr int kStatesNamed = 12;

QTableView *table(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    // Corpus order until the user clicks a header: no column is sorted at first.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    return view;
}

QString stateSummary(const Analysis::CitedTarget &t)
{
    QStringList states;
    for (const Analysis::EntityCitationCount &c : t.byEntity) {
        if (states.size() == kStatesNamed && t.byEntity.size() > kStatesNamed + 1) {
            states << ReferencesView::tr("%n more", "", int(t.byEntity.size()) - kStatesNamed);
            break;
        }
        states << QStringLiteral("%1 %2").arg(c.entity.nameZh).arg(c.paragraphs);
    }
    if (states.isEmpty())
        return ReferencesView::tr("Cited by no state's submission.");
    return ReferencesView::tr("Paragraphs by state: %1").arg(states.join(ReferencesView::tr(", ")));
}

} // namespace

ReferencesView::ReferencesView(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_targetModel(new ReferenceTargetModel(this)),
      m_targetFilter(new ReferenceTargetFilter(this)), m_citationModel(new CitationModel(this)),
      m_citationSort(new QSortFilterProxyModel(this)),
      m_matrixModel(new InstrumentMatrixModel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("referencesView"));
    setAccessibleName(tr("Cross-references"));
    m_targetFilter->setSourceModel(m_targetModel);
    m_citationSort->setSourceModel(m_citationModel);

    m_tabs->setObjectName(QStringLiteral("referencesTabs"));
    m_tabs->setAccessibleName(tr("Cited documents and instruments, or the matrix"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createTargetsPage(), tr("Cited documents and instruments"));
    m_tabs->addTab(createMatrixPage(), tr("States × instruments"));

    // The two choosers above, what they choose below: both are tables that want the width.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("referencesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(createCitedByPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showNote(tr("No database is open."));
    connect(&m_session, &CorpusSession::changed, this, &ReferencesView::sessionChanged);
}

ReferencesView::~ReferencesView()
{
    waitForBackgroundWork(this);
}

QWidget *ReferencesView::createTargetsPage()
{
    auto *page = new QWidget(m_tabs);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("referencesKind"));
    m_kind->setAccessibleName(tr("Kind of cited target"));
    for (const auto &[kind, label] : ReferenceTargetFilter::kindLabels())
        m_kind->addItem(label, static_cast<int>(kind));
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("referencesFilter"));
    m_filter->setAccessibleName(tr("Filter cited targets"));
    m_filter->setPlaceholderText(tr("Symbol or name: 76/234, MTCR, 澳大利亚集团…"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("referencesCount"));
    m_targets =
        table(page, QStringLiteral("referencesTargets"), tr("Cited documents and instruments"));
    m_targets->setModel(m_targetFilter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_targets, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_targetFilter->setKind(
            static_cast<ReferenceTargetFilter::Kind>(m_kind->currentData().toInt()));
        updateCount();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_targetFilter->setText(text);
        updateCount();
    });
    connect(m_targets->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showTargetRow(m_targetFilter->mapToSource(current).row());
            });
    // A click also on the current row: the list below may show a matrix cell since.
    connect(m_targets, &QTableView::clicked, this, [this](const QModelIndex &index) {
        showTargetRow(m_targetFilter->mapToSource(index).row());
    });
    connect(m_targets, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ReferenceTargetModel::InCorpusRole).toBool())
            emit documentActivated(index.data(ReferenceTargetModel::TargetRole).toString());
    });
    return page;
}

QWidget *ReferencesView::createMatrixPage()
{
    auto *page = new QWidget(m_tabs);
    m_matrixNote = new QLabel(page);
    m_matrixNote->setWordWrap(true);
    m_matrix = new QTableView(page);
    m_matrix->setObjectName(QStringLiteral("referencesMatrix"));
    m_matrix->setAccessibleName(
        tr("How often each state names each treaty, regime and organisation"));
    m_matrix->setModel(m_matrixModel);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->verticalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().height() + 6);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setMinimumSectionSize(
        m_matrix->fontMetrics().horizontalAdvance(QStringLiteral("000")) + 8);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_matrixNote);
    layout->addWidget(m_matrix, 1);
    connect(m_matrix, &QTableView::clicked, this, &ReferencesView::showCell);
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReferencesView::showCell);
    return page;
}

QWidget *ReferencesView::createCitedByPane()
{
    auto *pane = new QWidget(this);
    m_title = new QLabel(pane);
    m_title->setObjectName(QStringLiteral("referencesCitedByTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details = new QLabel(pane);
    m_details->setObjectName(QStringLiteral("referencesCitedByDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_open = new QPushButton(pane);
    m_open->setObjectName(QStringLiteral("referencesOpenDocument"));
    m_open->setAccessibleName(tr("Open the cited document"));
    m_open->hide();
    m_citations = table(pane, QStringLiteral("referencesCitations"), tr("Citing paragraphs"));
    m_citations->setModel(m_citationSort);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_open);
    auto *layout = new QVBoxLayout(pane);
    layout->addLayout(head);
    layout->addWidget(m_details);
    layout->addWidget(m_citations, 1);

    connect(m_open, &QPushButton::clicked, this, [this] { emit documentActivated(m_shownTarget); });
    connect(m_citations, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit paragraphActivated(index.data(CitationModel::DocumentRole).toString(),
                                index.data(CitationModel::SubmissionIdRole).toLongLong(),
                                index.data(CitationModel::ParagraphIdRole).toLongLong());
    });
    return pane;
}

void ReferencesView::sessionChanged(CorpusSession::Changes what)
{
    if (what.testFlag(CorpusSession::Change::Database)) {
        m_read.drop(); // a read of the old database is no longer wanted
        m_shownTarget.clear();
        m_shownEntity.clear();
        showNote(m_session.isOpen() ? tr("Not read yet.") : tr("No database is open."));
    }
    // References are derived from the documents, and quick to read: read again at once.
    if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents) &&
        m_session.isOpen())
        reload();
}

void ReferencesView::reload()
{
    if (m_session.path().isEmpty()) {
        showNote(tr("No database is open."));
        return;
    }
    m_count->setText(tr("Reading…"));
    auto work = [path = m_session.path()] {
        return readDatabase<ReferencesData>(
            path, [](Storage::Database &db) -> Result<ReferencesData> {
                // References an older program stored, or never stored, are brought up to date
                // first.
                if (auto refreshed = Analysis::refreshReferences(db); !refreshed)
                    return refreshed.error();
                return readReferences(db);
            });
    };
    m_read.run(std::move(work), [this](const BackgroundResult<ReferencesData> &r) {
        if (!r.error.isEmpty()) {
            showNote(tr("The references could not be read: %1").arg(r.error));
            emit loadFailed(r.error);
            return;
        }
        setData(r.value);
        emit loaded();
    });
}

void ReferencesView::setData(const ReferencesData &data)
{
    const QString target = m_shownTarget;
    const QString entity = m_shownEntity;
    const int tab = m_tabs->currentIndex();
    m_data = data;
    m_targetModel->setTargets(data.targets);
    m_matrixModel->setMatrix(data.matrix);
    m_targets->resizeColumnsToContents();
    // Instrument names run to forty characters: they give way, the tooltip has them whole.
    const QFontMetrics metrics = m_targets->fontMetrics();
    const int widths[]{metrics.horizontalAdvance(QStringLiteral("中")) * 16,
                       metrics.horizontalAdvance(QLatin1Char('n')) * 32};
    const int columns[]{ReferenceTargetModel::NameZh, ReferenceTargetModel::NameEn};
    for (int i = 0; i < 2; ++i)
        m_targets->setColumnWidth(columns[i],
                                  std::min(m_targets->columnWidth(columns[i]), widths[i]));
    m_matrixNote->setText(
        data.matrix.instruments.isEmpty()
            ? tr("No state's submission names a treaty, regime or organisation.")
            : tr("How often each state's submissions name each treaty, regime and "
                 "organisation. Click a cell for the paragraphs."));
    updateCount();
    m_citationModel->setRows({});
    m_title->setText(data.targets.isEmpty() ? tr("Nothing in this corpus cites a document, treaty, "
                                                 "regime or organisation.")
                                            : tr("Choose a target, or a cell of the matrix."));
    m_details->clear();
    m_open->hide();
    m_shownTarget.clear();
    m_shownEntity.clear();
    if (entity.isEmpty())
        showTarget(target); // nothing when it is no longer cited
    else
        showMatrixCell(entity, target);
    m_tabs->setCurrentIndex(tab);
}

void ReferencesView::showNote(const QString &note)
{
    m_data = {};
    m_targetModel->setTargets({});
    m_matrixModel->setMatrix({});
    m_citationModel->setRows({});
    m_matrixNote->clear();
    m_count->clear();
    m_title->setText(note);
    m_details->clear();
    m_open->hide();
}

bool ReferencesView::showTarget(const QString &target)
{
    const int row = m_targetModel->rowOf(target);
    if (row < 0)
        return false;
    QModelIndex index = m_targetFilter->mapFromSource(m_targetModel->index(row, 0));
    if (!index.isValid()) { // hidden by the filter: show everything again
        m_filter->clear();
        m_kind->setCurrentIndex(0);
        index = m_targetFilter->mapFromSource(m_targetModel->index(row, 0));
    }
    m_tabs->setCurrentIndex(0);
    m_targets->setCurrentIndex(index);
    m_targets->scrollTo(index);
    showTargetRow(row); // also when it was current already
    return true;
}

bool ReferencesView::showMatrixCell(const QString &entityCode, const QString &instrumentId)
{
    const QModelIndex cell = m_matrixModel->cell(entityCode, instrumentId);
    if (!cell.isValid())
        return false;
    m_tabs->setCurrentIndex(1);
    m_matrix->setCurrentIndex(cell);
    m_matrix->scrollTo(cell);
    showCell(cell);
    return true;
}

QString ReferencesView::citedByTitle() const
{
    return m_title->text();
}

void ReferencesView::showTargetRow(int row)
{
    if (row < 0 || row >= m_data.targets.size())
        return;
    const Analysis::CitedTarget &t = m_data.targets[row];
    const QString name =
        t.instrument ? QStringLiteral("%1 %2").arg(t.target, t.instrument->nameZh) : t.target;
    m_title->setText(tr("%1 — cited by %n paragraph(s)", "", t.paragraphs).arg(name) +
                     tr(", %n mention(s)", "", t.mentions));
    m_details->setText(stateSummary(t));
    m_open->setVisible(t.document.has_value());
    m_open->setText(tr("Open %1").arg(t.target));
    showCitations(row, {});
}

void ReferencesView::showCell(const QModelIndex &cell)
{
    if (!cell.isValid())
        return;
    const Storage::EntityRef entity = m_data.matrix.entities.value(cell.row());
    const ReferenceData::DictionaryEntry instrument =
        m_data.matrix.instruments.value(cell.column());
    const int count = cell.data(InstrumentMatrixModel::CountRole).toInt();
    m_title->setText(tr("%1 (%2) × %3 %4: named %n time(s)", "", count)
                         .arg(entity.nameZh, entity.code, instrument.id, instrument.nameZh));
    m_details->setText(tr("%1 in the submissions of %2").arg(instrument.nameEn, entity.nameEn));
    m_open->hide();
    showCitations(m_targetModel->rowOf(instrument.id), entity.code);
}

void ReferencesView::showCitations(int targetRow, const QString &entityCode)
{
    QList<CitationRow> rows;
    if (targetRow >= 0) {
        const Analysis::CitedTarget &t = m_data.targets[targetRow];
        const QList<CitationExcerpt> &excerpts = m_data.excerpts[targetRow];
        for (qsizetype i = 0; i < t.citations.size(); ++i) {
            const Analysis::Citation &c = t.citations[i];
            if (entityCode.isEmpty() || (c.entity && c.entity->code == entityCode))
                rows.append({c, excerpts.value(i)});
        }
        m_shownTarget = t.target;
    }
    m_shownEntity = entityCode;
    // Corpus order for every new list.
    m_citations->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_citationModel->setRows(rows);
    for (int column :
         {CitationModel::State, CitationModel::Document, CitationModel::Page, CitationModel::Where})
        m_citations->resizeColumnToContents(column);
}

void ReferencesView::updateCount()
{
    const int all = m_targetModel->rowCount();
    const int shown = m_targetFilter->rowCount();
    m_count->setText(shown == all ? tr("%n target(s)", "", all)
                                  : tr("%1 of %n target(s)", "", all).arg(shown));
}

} // namespace Rapporteur::Gui
