#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Rapporteur {

enum class VotePosition
{
    Yes,
    No,
    Abstain,
    NonVoting, // a member state in none of the three lists: absent, or no vote (Article 19)
};

QString votePositionName(VotePosition position); // "yes", "no", "abstain", "non_voting"
std::optional<VotePosition> votePositionFromName(QStringView name); // the inverse

// The states named in more than one place of a vote's three lists (in favour, against,
// abstaining), each once, in the order first met. A state votes once: a name listed twice is a
// reading error even when the list lengths equal the stated figures. keys: per list, the key of
// each name (the entity code, or the name as written when it resolved to nothing).
QStringList listedMoreThanOnce(const QList<QStringList> &keys);

// A name in a list (a vote list, a list of sponsors) as the document writes it, and what it
// resolved to; entityCode is empty when it resolved to nothing (reported as a warning).
struct NamedEntity
{
    QString written;
    QString entityCode;
    bool operator==(const NamedEntity &) const = default;
};

// A footnote saying a delegation meant to vote otherwise ("科特迪瓦代表团随后通知秘书处，本打算
// 投弃权票").
struct VoteNote
{
    NamedEntity state;
    VotePosition intended = VotePosition::Abstain;
    QString text; // the footnote's text
    bool operator==(const VoteNote &) const = default;
};

// What a recorded vote was about.
enum class VoteSubjectKind
{
    PreambularParagraph,
    OperativeParagraph,
    WholeDraft,
    Other,
};

QString voteSubjectKindName(VoteSubjectKind kind); // "preambular", "operative", "draft", "other"

struct RecordedVote
{
    QString label; // "(a)"
    QString subject; // as written: "序言部分第十八段", "执行部分第 2 段", "决议草案 A/C.1/…"
    VoteSubjectKind subjectKind = VoteSubjectKind::Other;
    int subjectNumber = 0; // the paragraph's number for preambular/operative votes
    QString draftSymbol;   // the draft voted on
    QString outcome;       // "retained", "adopted", "rejected" (empty when not stated)
    QDate date;
    int meeting = 0;
    int statedYes = -1; // -1: the document states no figure
    int statedNo = -1;
    int statedAbstain = -1;
    QList<NamedEntity> yes, no, abstain; // in document order
    QList<VoteNote> notes;
    int paragraph = -1;        // index in ParsedDocument::paragraphs of the paragraph announcing it
    int subjectParagraph = -1; // index of the draft's paragraph voted on, when the report has it
    int page = 0;

    // Every list as long as its stated figure, and no state in two places.
    bool countsMatch() const
    {
        return yes.size() == statedYes && no.size() == statedNo &&
               abstain.size() == statedAbstain && listedTwice().isEmpty();
    }
    QStringList listedTwice() const; // see listedMoreThanOnce
    bool operator==(const RecordedVote &) const = default;
};

// Who put a draft forward.
struct Sponsorship
{
    QString draftSymbol;
    QList<NamedEntity> main;   // the delegation that introduced it and those it spoke for
    QList<NamedEntity> joined; // those who joined later
    bool operator==(const Sponsorship &) const = default;
};

// A paragraph of the draft resolution a report recommends.
struct ResolutionParagraph
{
    bool operative = false;
    int number = 0;     // 1-based among its kind (preambular paragraphs are counted too)
    int paragraph = -1; // index in ParsedDocument::paragraphs
    bool operator==(const ResolutionParagraph &) const = default;
};

} // namespace Rapporteur
