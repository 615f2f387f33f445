#include "voterecords.h"

namespace Rapporteur::Storage {

std::optional<VotePosition> VoteRecord::positionOf(const QString &code) const
{
    if (code.isEmpty())
        return std::nullopt;
    std::optional<VotePosition> found;
    forEachListed([&](const QString &listed, VotePosition position) {
        if (!found && listed == code)
            found = position;
    });
    if (!found && nonVoting.contains(code))
        found = VotePosition::NonVoting;
    return found;
}

QHash<QString, VotePosition> VoteRecord::positions() const
{
    QHash<QString, VotePosition> out;
    out.reserve(yes.size() + no.size() + abstain.size() + nonVoting.size());
    forEachListed([&](const QString &code, VotePosition position) {
        if (!out.contains(code))
            out.insert(code, position);
    });
    for (const QString &code : nonVoting) {
        if (!out.contains(code))
            out.insert(code, VotePosition::NonVoting);
    }
    return out;
}

} // namespace Rapporteur::Storage
