#include "codingretrievalpage.h"

#include "codinganalysisdata.h"
#include "codingsegmentview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

CodingRetrievalPage::CodingRetrievalPage(QWidget *parent)
    : QWidget(parent), m_code(new QComboBox(this)),
      m_subcodes(new QCheckBox(tr("With sub-codes"), this)), m_count(new QLabel(this)),
      m_segments(new CodingSegmentView(this))
{
    setObjectName(QStringLiteral("codingRetrieval"));
    m_code->setObjectName(QStringLiteral("codingRetrievalCode"));
    m_code->setAccessibleName(tr("Code to retrieve"));
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_subcodes->setObjectName(QStringLiteral("codingRetrievalSubcodes"));
    m_subcodes->setToolTip(tr("Also list the segments of the codes below the chosen one"));
    m_count->setObjectName(QStringLiteral("codingRetrievalCount"));
    m_segments->setObjectName(QStringLiteral("codingRetrievalSegments"));
    m_segments->setAccessibleName(tr("Segments of the chosen code"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Code:"), this));
    bar->addWidget(m_code);
    bar->addWidget(m_subcodes);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_segments, 1);

    connect(m_code, &QComboBox::currentIndexChanged, this, &CodingRetrievalPage::refresh);
    connect(m_subcodes, &QCheckBox::toggled, this, &CodingRetrievalPage::refresh);
    connect(m_segments, &CodingSegmentView::paragraphRequested, this,
            &CodingRetrievalPage::paragraphRequested);
}

CodingRetrievalPage::~CodingRetrievalPage() = default;

void CodingRetrievalPage::setCodings(const QList<Storage::CodeRecord> &codes,
                                     const QList<Storage::CodingRecord> &codings)
{
    const QString chosen = code();
    m_codings = codings;
    {
        const QSignalBlocker quiet(m_code); // one refresh below, not one per item
        m_code->clear();
        for (const Storage::CodeRecord &c : codes)
            m_code->addItem(c.path, c.path);
        const int at = m_code->findData(chosen);
        m_code->setCurrentIndex(at >= 0 ? at : 0);
    }
    refresh();
}

bool CodingRetrievalPage::showCode(const QString &codePath, bool withSubcodes)
{
    const int at = m_code->findData(codePath);
    if (at < 0)
        return false;
    const QSignalBlocker quietCode(m_code);
    const QSignalBlocker quietSubcodes(m_subcodes);
    m_code->setCurrentIndex(at);
    m_subcodes->setChecked(withSubcodes);
    refresh();
    return true;
}

QString CodingRetrievalPage::code() const
{
    return m_code->currentData().toString();
}

QString CodingRetrievalPage::countText() const
{
    return m_count->text();
}

void CodingRetrievalPage::refresh()
{
    if (m_code->count() == 0) {
        m_count->setText(tr("The codebook is empty."));
        m_segments->setCodings({});
        return;
    }
    const QList<Storage::CodingRecord> found =
        codingsOfCode(m_codings, code(), m_subcodes->isChecked());
    m_count->setText(tr("%n segment(s)", "", int(found.size())));
    m_segments->setCodings(found);
}

} // namespace Rapporteur::Gui
