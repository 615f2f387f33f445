#include "codingagreementpage.h"

#include "agreementmodel.h"
#include "disagreementmodel.h"
#include "gui/common/backgroundread.h"
#include "gui/common/pageparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

// A record table whose cells keep to their one line: a disagreement's paragraph is cut at the
// edge, and its tooltip has it whole.
QTableView *table(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    QTableView *view = recordTable(parent, objectName, accessibleName);
    view->setWordWrap(false);
    return view;
}

// Fills a coder chooser, keeping its choice when it is still there, else taking `fallback`.
void fill(QComboBox *combo, const QStringList &coders, int fallback)
{
    const QString chosen = combo->currentText();
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItems(coders);
    const int at = combo->findText(chosen);
    combo->setCurrentIndex(at >= 0 ? at : std::min(fallback, int(coders.size()) - 1));
}

} // namespace

CodingAgreementPage::CodingAgreementPage(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AgreementModel(this)),
      m_disagreements(new DisagreementModel(this)), m_first(new QComboBox(this)),
      m_second(new QComboBox(this)),
      m_excludeUncoded(new QCheckBox(tr("Exclude uncoded paragraphs"), this)),
      m_status(new QLabel(this)), m_disagreementTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("codingAgreement"));
    m_first->setObjectName(QStringLiteral("codingAgreementFirst"));
    m_first->setAccessibleName(tr("First coder"));
    m_second->setObjectName(QStringLiteral("codingAgreementSecond"));
    m_second->setAccessibleName(tr("Second coder"));
    m_excludeUncoded->setObjectName(QStringLiteral("codingAgreementExcludeUncoded"));
    m_excludeUncoded->setToolTip(
        tr("Leave out the paragraphs neither coder coded with any code. Otherwise every "
           "paragraph of the documents either of them coded in is compared."));
    m_status->setObjectName(QStringLiteral("codingAgreementStatus"));
    m_status->setWordWrap(true);
    m_table = table(this, QStringLiteral("codingAgreementTable"), tr("Agreement per code"));
    m_table->setModel(m_model);
    m_disagreementView = table(this, QStringLiteral("codingAgreementDisagreements"),
                               tr("Paragraphs where the coders disagree"));
    m_disagreementView->setModel(m_disagreements);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Coders:"), this));
    bar->addWidget(m_first);
    bar->addWidget(new QLabel(tr("and"), this));
    bar->addWidget(m_second);
    bar->addWidget(m_excludeUncoded);
    bar->addStretch(1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_status);
    topLayout->addWidget(m_table, 1);
    QWidget *bottom = titledPane(this, m_disagreementTitle, m_disagreementView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_first, &QComboBox::currentIndexChanged, this, &CodingAgreementPage::recompute);
    connect(m_second, &QComboBox::currentIndexChanged, this, &CodingAgreementPage::recompute);
    connect(m_excludeUncoded, &QCheckBox::toggled, this, &CodingAgreementPage::recompute);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_disagreementView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit paragraphRequested(index.data(DisagreementModel::ParagraphIdRole).toLongLong());
    });
    clear(tr("No database is open."));
    connect(&m_session, &CorpusSession::changed, this, &CodingAgreementPage::sessionChanged);
}

CodingAgreementPage::~CodingAgreementPage()
{
    waitForBackgroundWork(this);
}

void CodingAgreementPage::sessionChanged(CorpusSession::Changes what)
{
    if (what.testFlag(CorpusSession::Change::Database)) {
        m_read.drop(); // a computation over the old database is no longer wanted
        setCoders({});
    }
}

void CodingAgreementPage::setCoders(const QStringList &coders)
{
    fill(m_first, coders, 0);
    fill(m_second, coders, 1);
    recompute();
}

void CodingAgreementPage::compare(const QString &first, const QString &second, bool excludeUncoded)
{
    {
        const QSignalBlocker quietFirst(m_first);
        const QSignalBlocker quietSecond(m_second);
        const QSignalBlocker quietOption(m_excludeUncoded);
        m_first->setCurrentIndex(m_first->findText(first));
        m_second->setCurrentIndex(m_second->findText(second));
        m_excludeUncoded->setChecked(excludeUncoded);
    }
    recompute();
}

bool CodingAgreementPage::showCode(const QString &codePath)
{
    const int row = m_model->rowOf(codePath);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    showRow(row); // also when it was current already
    return true;
}

QString CodingAgreementPage::statusText() const
{
    return m_status->text();
}

void CodingAgreementPage::recompute()
{
    const QString first = m_first->currentText();
    const QString second = m_second->currentText();
    if (m_session.path().isEmpty())
        return clear(tr("No database is open."));
    if (m_first->count() < 2)
        return clear(tr("Agreement needs codings by two coders."));
    if (first.isEmpty() || second.isEmpty() || first == second)
        return clear(tr("Choose two different coders."));
    const bool exclude = m_excludeUncoded->isChecked();
    m_status->setText(tr("Computing…"));
    auto work = [path = m_session.path(), first, second, exclude] {
        return readDatabase<AgreementData>(path, [&](Storage::Database &db) {
            return readAgreementData(db, first, second, exclude);
        });
    };
    m_read.run(std::move(work), [this](const BackgroundResult<AgreementData> &r) {
        if (!r.error.isEmpty()) {
            clear(tr("The agreement could not be computed: %1").arg(r.error));
            emit computeFailed(r.error);
            return;
        }
        setData(r.value);
        emit computed();
    });
}

void CodingAgreementPage::setData(const AgreementData &agreement)
{
    const QString shown = m_disagreements->codePath();
    m_data = agreement;
    m_model->setReport(agreement.report);
    m_table->resizeColumnsToContents();
    const Coding::AgreementReport &r = agreement.report;
    m_status->setText(
        (r.excludeUncoded
             ? tr("%1 and %2: %n paragraph(s) that either of them coded", "", r.units)
             : tr("%1 and %2: %n paragraph(s) of the documents either of them coded in", "",
                  r.units))
            .arg(r.first, r.second));
    if (!showCode(shown) && !showCode(r.codes.isEmpty() ? QString() : r.codes.first().codePath))
        showRow(-1);
}

void CodingAgreementPage::showRow(int row)
{
    if (row < 0 || row >= m_data.report.codes.size()) {
        m_disagreements->setCode(m_data, {});
        m_disagreementTitle->clear();
        return;
    }
    const Coding::CodeAgreement &c = m_data.report.codes[row];
    m_disagreements->setCode(m_data, c.codePath);
    m_disagreementTitle->setText(
        tr("%1: they disagree on %n paragraph(s)", "", int(c.disagreements.size()))
            .arg(c.codePath));
    m_disagreementView->resizeColumnsToContents();
}

void CodingAgreementPage::clear(const QString &status)
{
    m_read.drop(); // what is being computed would no longer match the choice
    m_data = {};
    m_model->setReport({});
    showRow(-1);
    m_status->setText(status);
}

} // namespace Rapporteur::Gui
