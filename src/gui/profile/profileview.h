#pragma once

#include "analysis/entityprofile.h"
#include "gui/common/corpussession.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QTableView;
class QTabWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class PlenaryRecordView;
class ProfileLoader;
class ProfileVoteModel;

// One page per state or organisation: its names and code; in one tab its submissions in every
// document, its position on every recorded vote of the corpus and the drafts it sponsored; in
// another its record in the General Assembly's plenary votes (PlenaryRecordView). It reads the
// profile of the entity asked for off the GUI thread (ProfileLoader), and reads it again when the
// session's database, documents or voting record change.
class ProfileView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileView)

public:
    explicit ProfileView(const CorpusSession &session, QWidget *parent = nullptr);
    ~ProfileView() override;

    // Reads and shows the profile of a state or organisation (a code or any name): profileShown,
    // or a note that says why not.
    void showEntity(const QString &entity);
    // The entity asked for last (as given, or its code once shown); empty when none.
    const QString &entity() const { return m_entity; }

    void setProfile(const Analysis::EntityProfile &profile);
    // A short note in place of a profile (loading, or why it could not be read); clears the lists.
    void showNote(const QString &note);

    const Analysis::EntityProfile &profile() const { return m_profile; }
    ProfileVoteModel *voteModel() const { return m_voteModel; }
    PlenaryRecordView *plenaryRecord() const { return m_plenary; }
    QTabWidget *tabs() const { return m_tabs; }
    QString titleText() const;   // the Chinese name
    QString detailsText() const; // English name, code, kind, aliases

signals:
    void profileShown(const QString &entityCode);
    void submissionActivated(qint64 submissionId);
    // A document the profile cites (a sponsored draft's report).
    void documentActivated(const QString &symbol);
    // A vote of the table, as VotePanel::showVote names it.
    void voteActivated(const QString &document, const QString &label);

private:
    void sessionChanged(CorpusSession::Changes what);
    void fillSubmissions();
    void fillSponsorships();

    const CorpusSession &m_session;
    ProfileLoader *m_loader;
    QString m_entity;
    Analysis::EntityProfile m_profile;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_submissionsTitle;
    QListWidget *m_submissions;
    QLabel *m_votesTitle;
    QTableView *m_votes;
    ProfileVoteModel *m_voteModel;
    QLabel *m_sponsorshipsTitle;
    QListWidget *m_sponsorships;
    PlenaryRecordView *m_plenary;
    QTabWidget *m_tabs;
};

} // namespace Rapporteur::Gui
