#pragma once

#include <QString>
#include <QStringList>

namespace Rapporteur {

enum class EntityKind
{
    MemberState,
    ObserverState,
    Organisation, // the European Union
};

QString entityKindName(EntityKind kind);

// A state or organisation that can write a submission or cast a vote.
struct Entity
{
    QString code; // ISO 3166-1 alpha-3 for states; EUU for the European Union
    EntityKind kind = EntityKind::MemberState;
    QString nameEn;        // short English name as the UN lists it
    QString nameZh;        // official UN Chinese name
    QStringList aliasesZh; // other Chinese forms: short names, former names
    bool operator==(const Entity &) const = default;
};

} // namespace Rapporteur
