#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rapporteur::Storage {

// Where a recorded plenary vote comes from: each source identifies its roll calls its own way.
enum class RollCallSource
{
    Voeten, // Voeten's data (the unvotes tables): rcid
    Undl,   // the UN Digital Library's bulk file: undl_id
};

enum class RollCallPosition
{
    Yes,
    No,
    Abstain,
    NonVoting, // a member that cast no vote (absent, or present and not voting)
};

QString rollCallSourceName(RollCallSource source); // voeten, undl
std::optional<RollCallSource> rollCallSourceFromName(QStringView name);
QString rollCallPositionName(RollCallPosition position); // yes, no, abstain, non_voting
std::optional<RollCallPosition> rollCallPositionFromName(QStringView name);
// What names a roll call where a vote's document is asked for: its resolution, or where the file
// names none, its source and key ("rcid:12", "undl:4070002").
QString rollCallDocument(const QString &resolution, const std::optional<qint64> &rcid,
                         const QString &undlId);

// Voeten's numeric codes: 1 yes, 2 abstain, 3 no, 8 absent or not voting.
int voetenVoteCode(RollCallPosition position);

struct RollCallVote
{
    QString code; // entity code (ISO 3166-1 alpha-3, or a former member's)
    RollCallPosition position = RollCallPosition::NonVoting;
    QString note; // the file's note on this vote, as given
    bool operator==(const RollCallVote &) const = default;
};

struct RollCallIssue
{
    QString code; // me, nu, di, hr, co, ec
    QString name; // Palestinian conflict, ...
    bool operator==(const RollCallIssue &) const = default;
};

struct RollCall
{
    qint64 id = 0; // 0 until stored
    RollCallSource source = RollCallSource::Voeten;
    std::optional<qint64> rcid; // Voeten's id
    QString undlId;             // the UN Digital Library's record id
    QString session;            // "74", "ES-10"
    QDate date;
    QString resolution;
    QString draft;
    QString committeeReport;
    QString meeting;
    QString title;
    QString agendaTitle;
    QString subjects;
    QString shortTitle;  // Voeten's `short`
    QString description; // Voeten's `descr`
    std::optional<bool> important;
    std::optional<bool> amend;
    std::optional<bool> para;
    std::optional<int> totalYes;
    std::optional<int> totalNo;
    std::optional<int> totalAbstain;
    std::optional<int> totalNonVoting;
    std::optional<int> totalMembers;
    QString link;
    // Issue codes, sorted. issuesKnown false: the file says nothing about issues, so storing it
    // leaves the stored ones as they are.
    QStringList issues;
    bool issuesKnown = false;
    QList<RollCallVote> votes; // one per state, sorted by code

    // What identifies it within its source: the rcid or the undl_id, as text.
    QString sourceKey() const
    {
        return source == RollCallSource::Voeten ? QString::number(rcid.value_or(0)) : undlId;
    }
};

// What storing a set of roll calls did. A vote row is a state's position on one roll call.
struct RollCallStoreCounts
{
    qint64 rollCallsAdded = 0;
    qint64 rollCallsUpdated = 0;
    qint64 rollCallsUnchanged = 0;
    qint64 votesAdded = 0;
    qint64 votesUpdated = 0;
    qint64 votesUnchanged = 0;
    qint64 votesRemoved = 0; // rows of a stored roll call that the newer file no longer gives
};

} // namespace Rapporteur::Storage

// Moved as bytes when a list of them grows (their members are), not one by one.
Q_DECLARE_TYPEINFO(Rapporteur::Storage::RollCallVote, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Rapporteur::Storage::RollCall, Q_RELOCATABLE_TYPE);
