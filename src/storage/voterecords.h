#pragma once

#include "common/paragraph.h"
#include "common/recordedvote.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {

// A name in a vote list or a list of sponsors: as written, and the entity it resolved to.
struct ListedEntity
{
    QString code; // empty when the name resolved to no entity
    QString written;
};

struct VoteNoteRecord
{
    QString code;
    QString written;
    VotePosition intended = VotePosition::Abstain;
    QString text; // the footnote
};

struct VoteRecord
{
    qint64 id = 0;
    QString document; // symbol
    int ordinal = 0;  // 0-based order in the document
    QString label;
    QString subject;
    VoteSubjectKind subjectKind = VoteSubjectKind::Other;
    int subjectNumber = 0;
    QString draftSymbol;
    QString outcome;
    QDate date;
    int meeting = 0;
    int statedYes = -1;
    int statedNo = -1;
    int statedAbstain = -1;
    QList<ListedEntity> yes, no, abstain; // document order
    // Member states (entity kind member_state) in none of the three lists, in the order of their
    // English names, as UN lists are ordered. Observers and organisations never appear here.
    QStringList nonVoting;
    QList<VoteNoteRecord> notes;
    std::optional<qint64> paragraphId;        // the paragraph announcing the vote
    std::optional<qint64> subjectParagraphId; // the draft's paragraph voted on
    int page = 0;

    // The one rule for the position a state took on this vote: the first of the three lists, in
    // favour, against, abstaining, that names it; a member state in none of them is non-voting
    // (nonVoting above); anyone else (an observer, an organisation, a name that resolved to
    // nothing) took no position.
    std::optional<VotePosition> positionOf(const QString &code) const;
    // Every position by that rule, by code: for a matrix or a group, which ask for many states.
    QHash<QString, VotePosition> positions() const;
    // The names of the three lists in the rule's order, each with the position it records: a
    // code met again later keeps the position it was first met with.
    template <typename Visit> void forEachListed(Visit visit) const
    {
        const std::pair<const QList<ListedEntity> *, VotePosition> lists[] = {
            {&yes, VotePosition::Yes}, {&no, VotePosition::No}, {&abstain, VotePosition::Abstain}};
        for (const auto &[list, position] : lists) {
            for (const ListedEntity &e : *list) {
                if (!e.code.isEmpty())
                    visit(e.code, position);
            }
        }
    }

    // As RecordedVote::countsMatch: lengths equal the stated figures, no state in two places.
    bool countsMatch() const
    {
        return yes.size() == statedYes && no.size() == statedNo &&
               abstain.size() == statedAbstain && listedTwice().isEmpty();
    }
    QStringList listedTwice() const
    {
        QList<QStringList> keys;
        for (const auto *list : {&yes, &no, &abstain}) {
            QStringList &k = keys.emplace_back();
            for (const ListedEntity &n : *list)
                k.append(n.code.isEmpty() ? n.written : n.code);
        }
        return listedMoreThanOnce(keys);
    }
};

struct SponsorshipRecord
{
    QString document;
    QString draftSymbol;
    QList<ListedEntity> main;
    QList<ListedEntity> joined;
};

struct ResolutionParagraphRecord
{
    qint64 paragraphId = 0;
    bool operative = false;
    int number = 0;
    QString text;
    QList<Footnote> footnotes;
};

} // namespace Rapporteur::Storage
