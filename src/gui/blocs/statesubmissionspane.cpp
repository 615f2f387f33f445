#include "statesubmissionspane.h"

#include "blocsdata.h"
#include "gui/common/pageparts.h"
#include "statesubmissionsmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

StateSubmissionsPane::StateSubmissionsPane(QWidget *parent)
    : QWidget(parent), m_model(new StateSubmissionsModel(this)), m_title(new QLabel(this)),
      m_details(new QLabel(this)), m_profile(new QPushButton(tr("State profile"), this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("stateSubmissionsPane"));
    m_title->setObjectName(QStringLiteral("stateSubmissionsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details->setWordWrap(true);
    m_profile->setObjectName(QStringLiteral("stateProfileButton"));
    m_profile->setAccessibleName(tr("Open the state's profile"));
    m_profile->hide();
    m_table->setObjectName(QStringLiteral("stateSubmissionsTable"));
    m_table->setAccessibleName(tr("Submissions of the chosen states"));
    m_table->setModel(m_model);
    setUpRecordTable(*m_table);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_profile);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_details);
    layout->addWidget(m_table, 1);

    connect(m_profile, &QPushButton::clicked, this, [this] {
        if (m_codes.size() == 1)
            emit entityRequested(m_codes.constFirst());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit submissionRequested(index.data(StateSubmissionsModel::SubmissionIdRole).toLongLong());
    });
    showNote(tr("Choose a state, a bloc or a group to see what its members wrote."));
}

StateSubmissionsPane::~StateSubmissionsPane() = default;

void StateSubmissionsPane::showStates(const QString &title, const QStringList &codes,
                                      const QList<Storage::SubmissionRecord> &submissions)
{
    m_codes = codes;
    m_title->setText(title);
    QSet<QString> writers;
    for (const Storage::SubmissionRecord &s : submissions) {
        if (s.entity)
            writers.insert(s.entity->code);
    }
    if (codes.size() == 1) {
        m_details->setText(submissions.isEmpty()
                               ? tr("No submission of this state in the corpus.")
                               : tr("%n submission(s) in the corpus; double-click one to read "
                                    "it.",
                                    "", int(submissions.size())));
    } else {
        m_details->setText(
            tr("%1 of %n state(s) have a submission in the corpus.", "", int(codes.size()))
                .arg(writers.size()));
    }
    m_profile->setVisible(codes.size() == 1);
    m_model->setSubmissions(submissions);
    m_table->resizeColumnsToContents();
}

void StateSubmissionsPane::showNote(const QString &note)
{
    m_codes.clear();
    m_title->setText(note);
    m_details->clear();
    m_profile->hide();
    m_model->setSubmissions({});
}

QString StateSubmissionsPane::title() const
{
    return m_title->text();
}

} // namespace Rapporteur::Gui
