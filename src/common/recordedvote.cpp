#include "recordedvote.h"

namespace Rapporteur {

QString votePositionName(VotePosition position)
{
    switch (position) {
    case VotePosition::Yes:
        return QStringLiteral("yes");
    case VotePosition::No:
        return QStringLiteral("no");
    case VotePosition::Abstain:
        return QStringLiteral("abstain");
    case VotePosition::NonVoting:
        return QStringLiteral("non_voting");
    }
    return {};
}

QString voteSubjectKindName(VoteSubjectKind kind)
{
    switch (kind) {
    case VoteSubjectKind::PreambularParagraph:
        return QStringLiteral("preambular");
    case VoteSubjectKind::OperativeParagraph:
        return QStringLiteral("operative");
    case VoteSubjectKind::WholeDraft:
        return QStringLiteral("draft");
    case VoteSubjectKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace Rapporteur
