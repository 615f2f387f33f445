#pragma once

#include "blocs/blocanalysis.h"
#include "blocs/cohesion.h"
#include "blocs/groups.h"
#include "common/result.h"
#include "storage/records.h"
#include "storage/voterecords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Gui {

// What the voting-blocs view reads from the database, in one go off the GUI thread. Everything
// else it shows is computed from this by the pure functions of rp_blocs.
struct BlocsCorpus
{
    QList<Storage::VoteRecord> votes; // every recorded vote, in corpus order
    Blocs::GroupTable groups;         // the built-in groups, then the user's
    // The submissions of each state that has one in the corpus (by entity code, corpus order):
    // the positions a bloc's votes can be read beside.
    QHash<QString, QList<Storage::SubmissionRecord>> submissionsByState;

    bool isEmpty() const { return votes.isEmpty(); }
    bool hasSubmission(const QString &code) const { return submissionsByState.contains(code); }
    // The submissions of these states, each state's in corpus order, states in the given order.
    QList<Storage::SubmissionRecord> submissionsOf(const QStringList &codes) const;
};

Result<BlocsCorpus> readBlocsCorpus(Storage::Database &db);

// What the voting-blocs view has read and computed. The view owns it and alone changes it; its
// pages read it when they draw or answer a click, so that every page shows the same corpus and
// the same analysis, and none keeps a copy that could fall behind.
struct BlocsShown
{
    BlocsCorpus corpus;
    Blocs::BlocAnalysis analysis;                     // of the chosen votes
    QList<QList<Blocs::GroupCohesion>> groupCohesion; // [group][chosen vote]
};

// The votes whose ids are listed, in corpus order (the order of `votes`).
QList<Storage::VoteRecord> votesWithIds(const QList<Storage::VoteRecord> &votes,
                                        const QList<qint64> &ids);

// A state's position on one vote, beside how many submissions it has in the corpus.
struct StatePosition
{
    QString code;
    std::optional<VotePosition> position; // empty: not a member state, so it casts no vote
    int submissions = 0;
    bool operator==(const StatePosition &) const = default;
};

// The states with a submission in the corpus and how each voted on `vote`: in favour, against,
// abstaining, not voting, then those that cast no vote (observers, the European Union); within
// each, in the entity table's order.
QList<StatePosition> submittingStatePositions(const Storage::VoteRecord &vote,
                                              const BlocsCorpus &corpus);
// The members of a group who voted otherwise than its majority, then those who did not vote.
QList<StatePosition> groupDissent(const Blocs::GroupCohesion &cohesion, const BlocsCorpus &corpus);

// "阿尔巴尼亚 Albania" for a code of the entity table; the code itself for one it does not know.
QString stateNames(const QString &code);
// "阿尔巴尼亚 Albania (ALB)": a state named where its code must show too (a title over its
// submissions, a list of members).
QString stateTitle(const QString &code);
// The Chinese name alone, or the code.
QString stateNameZh(const QString &code);
QString stateNameEn(const QString &code);
// The vote's shortest unambiguous name among `votes` ("(a)", or "A/79/416:(a)") and its subject.
QString voteTitle(const Storage::VoteRecord &vote, const QList<Storage::VoteRecord> &votes);

} // namespace Rapporteur::Gui
