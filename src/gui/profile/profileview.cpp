#include "profileview.h"

#include "gui/votes/plenaryrecordview.h"
#include "profileloader.h"
#include "profilevotemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString kindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::MemberState:
        return ProfileView::tr("Member state");
    case EntityKind::ObserverState:
        return ProfileView::tr("Observer state");
    case EntityKind::FormerMemberState:
        return ProfileView::tr("Former member state");
    case EntityKind::Organisation:
        break;
    }
    return ProfileView::tr("Organisation");
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QListWidget *list(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *widget = new QListWidget(parent);
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    return widget;
}

} // namespace

ProfileView::ProfileView(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_loader(new ProfileLoader(this)),
      m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_submissionsTitle(sectionTitle(this)),
      m_submissions(list(this, QStringLiteral("profileSubmissions"), tr("Submissions"))),
      m_votesTitle(sectionTitle(this)), m_votes(new QTableView(this)),
      m_voteModel(new ProfileVoteModel(this)), m_sponsorshipsTitle(sectionTitle(this)),
      m_sponsorships(list(this, QStringLiteral("profileSponsorships"), tr("Sponsorships"))),
      m_plenary(new PlenaryRecordView(session, this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("profileView"));
    setAccessibleName(tr("State profile"));
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_details->setObjectName(QStringLiteral("profileDetails"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // a long note or name must not widen the dock
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    m_votes->setObjectName(QStringLiteral("profileVotes"));
    m_votes->setAccessibleName(tr("Positions on recorded votes"));
    m_votes->setModel(m_voteModel);
    m_votes->verticalHeader()->hide();
    m_votes->horizontalHeader()->setStretchLastSection(true);
    m_votes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_votes->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *corpus = new QWidget(m_tabs);
    auto *corpusLayout = new QVBoxLayout(corpus);
    corpusLayout->setContentsMargins(0, 0, 0, 0);
    corpusLayout->addWidget(m_submissionsTitle);
    corpusLayout->addWidget(m_submissions, 1);
    corpusLayout->addWidget(m_votesTitle);
    corpusLayout->addWidget(m_votes, 2);
    corpusLayout->addWidget(m_sponsorshipsTitle);
    corpusLayout->addWidget(m_sponsorships, 1);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->addTab(corpus, tr("In the corpus"));
    m_tabs->addTab(m_plenary, tr("General Assembly"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_tabs, 1);

    connect(m_submissions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit submissionActivated(item->data(kIdRole).toLongLong());
    });
    connect(m_sponsorships, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit documentActivated(item->data(kIdRole).toString());
    });
    connect(m_votes, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit voteActivated(index.data(ProfileVoteModel::DocumentRole).toString(),
                           index.data(ProfileVoteModel::LabelRole).toString());
    });
    connect(m_loader, &ProfileLoader::profileLoaded, this,
            [this](const Analysis::EntityProfile &profile) {
                setProfile(profile);
                m_entity = profile.entity.code;
                emit profileShown(profile.entity.code);
            });
    connect(m_loader, &ProfileLoader::profileFailed, this,
            [this](const QString &, const QString &message) { showNote(message); });
    connect(&m_session, &CorpusSession::changed, this, &ProfileView::sessionChanged);
    showNote(tr("Choose a state or organisation to see its profile."));
}

ProfileView::~ProfileView() = default;

void ProfileView::showEntity(const QString &entity)
{
    if (entity.isEmpty() || !m_session.isOpen())
        return;
    m_entity = entity;
    showNote(tr("Loading the profile of %1…").arg(entity));
    m_loader->loadProfile(m_session.path(), entity);
}

void ProfileView::sessionChanged(CorpusSession::Changes what)
{
    // Submissions, committee votes and plenary tallies may all have changed; the state asked
    // for is still the one the user wants to see.
    if (!m_entity.isEmpty() &&
        what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents |
                          CorpusSession::Change::VotingRecord))
        m_loader->loadProfile(m_session.path(), m_entity);
}

void ProfileView::setProfile(const Analysis::EntityProfile &profile)
{
    m_profile = profile;
    const Entity &e = profile.entity;
    m_title->setText(e.nameZh);
    QString details = tr("%1 · %2 · %3").arg(e.nameEn, e.code, kindLabel(e.kind));
    if (!e.aliasesZh.isEmpty())
        details += QStringLiteral(" · ") + tr("also %1").arg(e.aliasesZh.join(tr(", ")));
    m_details->setText(details);

    fillSubmissions();
    m_voteModel->setEntries(profile.votes);
    m_votes->resizeColumnsToContents();
    m_votesTitle->setText(profile.votes.isEmpty()
                              ? tr("Recorded votes: none in this corpus")
                              : tr("Recorded votes (%n)", "", int(profile.votes.size())));
    m_votesTitle->show();
    m_votes->setVisible(!profile.votes.isEmpty());
    fillSponsorships();
    m_plenary->setProfile(profile);
    m_tabs->show();
}

void ProfileView::showNote(const QString &note)
{
    m_profile = {};
    m_title->setText(note);
    m_details->clear();
    m_submissions->clear();
    m_sponsorships->clear();
    m_voteModel->setEntries({});
    const QList<QWidget *> sections{m_submissionsTitle,  m_submissions, m_votesTitle, m_votes,
                                    m_sponsorshipsTitle, m_sponsorships};
    for (QWidget *section : sections)
        section->hide();
    m_tabs->hide();
}

QString ProfileView::titleText() const
{
    return m_title->text();
}

QString ProfileView::detailsText() const
{
    return m_details->text();
}

void ProfileView::fillSubmissions()
{
    m_submissions->clear();
    for (const Storage::SubmissionRecord &s : m_profile.submissions) {
        const QString date = s.date.isValid() ? s.date.toString(Qt::ISODate) : tr("undated");
        auto *item = new QListWidgetItem(tr("%1: %2, %3 (%n paragraph(s))", "", s.paragraphCount)
                                             .arg(s.document, s.heading, date),
                                         m_submissions);
        item->setData(kIdRole, s.id);
        item->setToolTip(tr("Open this submission"));
    }
    const auto count = int(m_profile.submissions.size());
    m_submissionsTitle->setText(count == 0 ? tr("Submissions: none in this corpus")
                                           : tr("Submissions (%n)", "", count));
    m_submissionsTitle->show();
    m_submissions->setVisible(count > 0);
}

void ProfileView::fillSponsorships()
{
    m_sponsorships->clear();
    for (const Analysis::SponsorshipEntry &s : m_profile.sponsorships) {
        const QString role = s.role == Analysis::SponsorRole::Main
                                 ? tr("%1 (%2): main sponsor")
                                 : tr("%1 (%2): joined the sponsors later");
        auto *item = new QListWidgetItem(role.arg(s.draft, s.document), m_sponsorships);
        item->setData(kIdRole, s.document);
        item->setToolTip(tr("Open %1").arg(s.document));
    }
    const auto count = int(m_profile.sponsorships.size());
    m_sponsorshipsTitle->setText(count == 0 ? tr("Sponsorships: none in this corpus")
                                            : tr("Sponsorships (%n)", "", count));
    m_sponsorshipsTitle->show();
    m_sponsorships->setVisible(count > 0);
}

} // namespace Rapporteur::Gui
