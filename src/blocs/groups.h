#pragma once

#include "common/result.h"
#include "referencedata/entityregistry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Rapporteur::Blocs {

enum class GroupKind
{
    Regional, // one of the five UN regional groups (data/groups.tsv): together, every member state
              // exactly once
    Other,    // another built-in group: the European Union
    User,     // added by the user, stored in the database (groupcatalog.h)
};

QString groupKindName(GroupKind kind); // "regional", "other", "user"

// A group of states whose cohesion can be measured and whose members a view can list.
struct Group
{
    QString shortName; // what lists show: "WEOG", "GRULAC", "EU"; a user group's name
    GroupKind kind = GroupKind::Other;
    QString nameEn;
    QString nameZh;      // may be empty for a user group
    QStringList aliases; // other English and Chinese names
    QStringList members; // entity codes (data/entities.tsv), as the table lists them

    bool isBuiltIn() const { return kind != GroupKind::User; }
    bool contains(const QString &code) const { return members.contains(code); }
    bool operator==(const Group &) const = default;
};

// Groups looked up by short name, English or Chinese name or alias, without regard to case,
// width or white space (the entity table's matching key). No name may belong to two groups.
class GroupTable final
{
public:
    // The built-in groups of data/groups.tsv, compiled into the program: the five regional groups
    // and the European Union.
    static const GroupTable &builtIn();

    // Parses a table in the format of data/groups.tsv: lines starting with '#' are comments, the
    // first other line is the header, then short, kind (regional|other), name_en, name_zh,
    // aliases (separated by |), members (codes separated by spaces). Every member must be a
    // member state of the registry. An error names the first bad line.
    static Result<GroupTable> fromTsv(
        const QString &tsv,
        const ReferenceData::EntityRegistry &registry = ReferenceData::EntityRegistry::builtIn());
    // A table of the given groups; an error names a name two of them share.
    static Result<GroupTable> fromGroups(const QList<Group> &groups);

    const QList<Group> &groups() const { return m_groups; }
    std::optional<Group> find(QStringView name) const;
    // The regional group a member state belongs to, if any.
    std::optional<Group> regionalGroupOf(const QString &code) const;

private:
    Status add(Group group, const QString &where);

    QList<Group> m_groups;
    QHash<QString, qsizetype> m_byKey; // matching key of every name → index in m_groups
};

} // namespace Rapporteur::Blocs
