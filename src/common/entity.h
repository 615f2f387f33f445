#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Rapporteur {

enum class EntityKind
{
    MemberState,
    ObserverState,
    Organisation,      // the European Union
    FormerMemberState, // a member that no longer exists as such (Czechoslovakia, Yugoslavia, ...)
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
    QString iso2;          // ISO 3166-1 alpha-2 (withdrawn codes for former members: CS, YU);
                           // "EU" for the European Union; empty where ISO never coded it
    QStringList aliasesEn; // other English names, former ones included (Federal Republic of Germany)
    QStringList successors; // codes of the states that took a former member's place
    QDate until;            // the day a former member ceased to exist; invalid for a current one
    // Codes a vote data set gives the entity besides its own: Voeten's data keeps "YU" for
    // Serbia and Montenegro and for Serbia, and "TW" for China's seat as held until 1971.
    QStringList otherCodes;
    bool operator==(const Entity &) const = default;
};

} // namespace Rapporteur
