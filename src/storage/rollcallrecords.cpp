#include "rollcallrecords.h"

#include "common/enumnames.h"

namespace Rapporteur::Storage {

QString rollCallSourceName(RollCallSource source)
{
    return source == RollCallSource::Undl ? QStringLiteral("undl") : QStringLiteral("voeten");
}

std::optional<RollCallSource> rollCallSourceFromName(QStringView name)
{
    return valueNamed(name, {RollCallSource::Voeten, RollCallSource::Undl}, rollCallSourceName);
}

QString rollCallPositionName(RollCallPosition position)
{
    switch (position) {
    case RollCallPosition::Yes:
        return QStringLiteral("yes");
    case RollCallPosition::No:
        return QStringLiteral("no");
    case RollCallPosition::Abstain:
        return QStringLiteral("abstain");
    case RollCallPosition::NonVoting:
        break;
    }
    return QStringLiteral("non_voting");
}

std::optional<RollCallPosition> rollCallPositionFromName(QStringView name)
{
    return valueNamed(name,
                      {RollCallPosition::Yes, RollCallPosition::No, RollCallPosition::Abstain,
                       RollCallPosition::NonVoting},
                      rollCallPositionName);
}

int voetenVoteCode(RollCallPosition position)
{
    switch (position) {
    case RollCallPosition::Yes:
        return 1;
    case RollCallPosition::Abstain:
        return 2;
    case RollCallPosition::No:
        return 3;
    case RollCallPosition::NonVoting:
        break;
    }
    return 8;
}

QString rollCallDocument(const QString &resolution, const std::optional<qint64> &rcid,
                         const QString &undlId)
{
    if (!resolution.isEmpty())
        return resolution;
    if (rcid)
        return QStringLiteral("rcid:%1").arg(*rcid);
    return QStringLiteral("undl:%1").arg(undlId);
}

} // namespace Rapporteur::Storage
