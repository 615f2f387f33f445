#include "recordedvote.h"

#include "enumnames.h"

#include <QSet>

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

std::optional<VotePosition> votePositionFromName(QStringView name)
{
    return valueNamed(
        name, {VotePosition::Yes, VotePosition::No, VotePosition::Abstain, VotePosition::NonVoting},
        votePositionName);
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

QStringList listedMoreThanOnce(const QList<QStringList> &keys)
{
    QSet<QString> seen;
    QStringList twice;
    for (const QStringList &list : keys) {
        for (const QString &key : list) {
            if (key.isEmpty())
                continue;
            if (seen.contains(key)) {
                if (!twice.contains(key))
                    twice.append(key);
            } else {
                seen.insert(key);
            }
        }
    }
    return twice;
}

QStringList RecordedVote::listedTwice() const
{
    QList<QStringList> keys;
    for (const auto *list : {&yes, &no, &abstain}) {
        QStringList &k = keys.emplace_back();
        for (const NamedEntity &n : *list)
            k.append(n.entityCode.isEmpty() ? n.written : n.entityCode);
    }
    return listedMoreThanOnce(keys);
}

} // namespace Rapporteur
