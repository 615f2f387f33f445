#include "entity.h"

namespace Rapporteur {

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::MemberState:
        return QStringLiteral("member_state");
    case EntityKind::ObserverState:
        return QStringLiteral("observer_state");
    case EntityKind::Organisation:
        return QStringLiteral("organisation");
    case EntityKind::FormerMemberState:
        return QStringLiteral("former_member_state");
    }
    return QStringLiteral("member_state");
}

} // namespace Rapporteur
