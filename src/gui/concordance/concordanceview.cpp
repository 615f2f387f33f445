#include "concordanceview.h"

#include "gui/common/filedialogs.h"

#include "common/outputfile.h"

#include "concordancemodel.h"
#include "gui/common/backgroundread.h"
#include "gui/common/reusableconnection.h"

#include "referencedata/termdictionary.h"
#include "search/concordancecsv.h"
#include "storage/database.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {

// The left context is cut on its left, so that what stands next to the hit stays in view.
class LeftElidingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};

QTableView *table(QWidget *parent, QAbstractItemModel *model, const QString &objectName,
                  const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setWordWrap(false);
    return view;
}

} // namespace

ConcordanceView::ConcordanceView(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_term(new QLineEdit(this)),
      m_order(new QComboBox(this)), m_export(new QPushButton(tr("Export CSV…"), this)),
      m_status(new QLabel(this)), m_lines(new ConcordanceModel(this)),
      m_counts(new ConcordanceCountModel(this))
{
    setObjectName(QStringLiteral("concordanceView"));
    setAccessibleName(tr("Concordance"));
    m_term->setObjectName(QStringLiteral("concordanceTerm"));
    m_term->setAccessibleName(tr("Term"));
    m_term->setPlaceholderText(tr("A term: 出口管制, 大规模毁灭性武器, MTCR, export control*"));
    m_term->setClearButtonEnabled(true);
    // The UN-terms dictionary (data/terms.tsv, data/instruments.tsv) offers its names as one
    // types: recurring terms, treaties, regimes and organisations, in Chinese and English.
    QStringList names;
    for (const auto &entry : ReferenceData::TermDictionary::builtIn().entries())
        names << entry.nameZh << entry.nameEn << entry.aliases;
    names.removeAll(QString());
    names.removeDuplicates();
    auto *completer = new QCompleter(names, m_term);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_term->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &ConcordanceView::showTerm);
    m_order->setObjectName(QStringLiteral("concordanceOrder"));
    m_order->setAccessibleName(tr("Order of the lines"));
    m_order->addItem(tr("In corpus order"), static_cast<int>(Search::ConcordanceOrder::Corpus));
    m_order->addItem(tr("By left context"), static_cast<int>(Search::ConcordanceOrder::Left));
    m_order->addItem(tr("By right context"), static_cast<int>(Search::ConcordanceOrder::Right));
    m_export->setObjectName(QStringLiteral("concordanceExport"));
    m_export->setEnabled(false);
    m_status->setObjectName(QStringLiteral("concordanceStatus"));

    m_table = table(this, m_lines, QStringLiteral("concordanceLines"), tr("Occurrences"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ConcordanceModel::Left, QHeaderView::Stretch);
    header->setSectionResizeMode(ConcordanceModel::Right, QHeaderView::Stretch);
    for (const int column :
         {ConcordanceModel::Hit, ConcordanceModel::Document, ConcordanceModel::Page})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The contexts are what a concordance is read for: the state column is as wide as four in
    // five of the names on show, so that the longest (大不列颠及北爱尔兰联合王国) does not halve
    // the contexts; every name is whole in its tooltip, and the user may widen the column. Set
    // again after each read, which resets the widths.
    connect(m_counts, &QAbstractItemModel::modelReset, this, &ConcordanceView::fitStateColumn);
    m_table->setItemDelegateForColumn(ConcordanceModel::Left, new LeftElidingDelegate(m_table));
    // Clicking the left or right context's header sorts by it, as the order box does.
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (section == ConcordanceModel::Left)
            m_order->setCurrentIndex(1);
        else if (section == ConcordanceModel::Right)
            m_order->setCurrentIndex(2);
    });
    m_countTable =
        table(this, m_counts, QStringLiteral("concordanceCounts"), tr("Counts per state"));
    m_countTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_counts->columnCount(); ++column)
        m_countTable->horizontalHeader()->setSectionResizeMode(column,
                                                               QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_term, 1);
    top->addWidget(m_order);
    top->addWidget(m_export);
    // The counts per state under the lines, not beside them: beside, in the centre of the
    // window with its docks open, they left the contexts and themselves one column wide.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("concordanceSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_countTable);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_term, &QLineEdit::returnPressed, this, &ConcordanceView::run);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ConcordanceView::applyOrder);
    connect(m_export, &QPushButton::clicked, this, &ConcordanceView::chooseExportFile);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit paragraphActivated(index.data(ConcordanceModel::DocumentRole).toString(),
                                index.data(ConcordanceModel::SubmissionIdRole).toLongLong(),
                                index.data(ConcordanceModel::ParagraphIdRole).toLongLong(),
                                index.data(ConcordanceModel::MarkRole).toPoint());
    });
    connect(&m_session, &CorpusSession::changed, this, &ConcordanceView::sessionChanged);
}

ConcordanceView::~ConcordanceView()
{
    waitForBackgroundWork(this);
}

void ConcordanceView::sessionChanged(CorpusSession::Changes what)
{
    if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents))
        setSubmissions(m_session.submissions());
    // A new connection even for the same file: another program may have replaced it.
    if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents |
                          CorpusSession::Change::Connections))
        m_connection = std::make_shared<ReusableConnection>();
}

void ConcordanceView::setSubmissions(const QList<Storage::SubmissionRecord> &submissions)
{
    m_entityNames.clear();
    for (const auto &submission : submissions) {
        if (submission.entity)
            m_entityNames.insert(submission.entity->code, submission.entity->nameZh);
    }
}

void ConcordanceView::fitStateColumn()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    QList<int> widths;
    for (int row = 0; row < m_counts->rowCount(); ++row)
        widths.append(metrics.horizontalAdvance(m_counts->index(row, 0).data().toString()));
    if (widths.isEmpty())
        return;
    // Four names in five whole: the longest few give way.
    const auto mostNames = widths.begin() + (widths.size() * 4) / 5;
    std::nth_element(widths.begin(), mostNames, widths.end());
    // The delegate's text margin on each side (QCommonStyle: the focus frame's and one), and the
    // grid line.
    const int padding =
        2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) +
        (m_table->showGrid() ? 1 : 0) + 1;
    m_table->setColumnWidth(ConcordanceModel::State, *mostNames + padding);
}

void ConcordanceView::focusTerm()
{
    m_term->setFocus(Qt::ShortcutFocusReason);
    m_term->selectAll();
}

void ConcordanceView::showTerm(const QString &term)
{
    m_term->setText(term);
    run();
}

QString ConcordanceView::statusText() const
{
    return m_status->text();
}

void ConcordanceView::run()
{
    const QString term = m_term->text().trimmed();
    if (term.isEmpty() || m_session.path().isEmpty()) {
        m_read.drop();
        m_lines->setLines({}, {});
        m_counts->setCounts({}, {});
        m_status->clear();
        m_export->setEnabled(false);
        emit concordanceShown(0);
        return;
    }
    m_status->setText(tr("Looking for “%1”…").arg(term));
    const QString path = m_session.path();
    m_read.run(
        [connection = m_connection, path, term] {
            return connection->read<Search::Concordance>(
                path, [&](Storage::Database &db) { return Search::concordance(db, term, {}); });
        },
        [this, term](const BackgroundResult<Search::Concordance> &read) {
            m_lines->setLines(read.value.lines, m_entityNames);
            m_counts->setCounts(read.value.counts, m_entityNames);
            applyOrder();
            const auto found = static_cast<int>(read.value.lines.size());
            if (!read.error.isEmpty())
                m_status->setText(read.error);
            else if (found == 0)
                m_status->setText(tr("“%1” does not occur in the corpus.").arg(term));
            else
                m_status->setText(tr("“%1”: %n occurrence(s)", nullptr, found).arg(term));
            m_export->setEnabled(found > 0);
            emit concordanceShown(found);
        });
}

void ConcordanceView::applyOrder()
{
    m_lines->sortBy(static_cast<Search::ConcordanceOrder>(m_order->currentData().toInt()));
}

bool ConcordanceView::exportCsv(const QString &path)
{
    // UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese right.
    const QByteArray csv = "\xEF\xBB\xBF" + Search::concordanceCsv(m_lines->lines()).toUtf8();
    if (const Status written = writeOutputFile(path, csv); !written) {
        m_status->setText(written.error().userMessage);
        return false;
    }
    return true;
}

void ConcordanceView::chooseExportFile()
{
    const QString path =
        FileDialogs::saveFileName(this, tr("Export the Concordance"),
                                  m_term->text() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportCsv(path))
        m_status->setText(tr("Saved %1").arg(path));
}

} // namespace Rapporteur::Gui
