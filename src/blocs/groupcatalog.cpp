#include "groupcatalog.h"

#include "storage/grouprepository.h"

namespace Rapporteur::Blocs {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {}};
}

} // namespace

Group userGroup(const Storage::UserGroupRecord &record)
{
    Group g;
    g.shortName = record.name;
    g.kind = GroupKind::User;
    g.nameEn = record.name;
    g.nameZh = record.nameZh;
    g.members = record.members;
    return g;
}

Result<GroupTable> readGroups(Storage::Database &db)
{
    auto stored = Storage::GroupRepository(db).groups();
    if (!stored)
        return stored.error();
    QList<Group> all = GroupTable::builtIn().groups();
    for (const Storage::UserGroupRecord &r : std::as_const(*stored))
        all.append(userGroup(r));
    return GroupTable::fromGroups(all);
}

Result<Group> addUserGroup(Storage::Database &db, const QString &name, const QString &nameZh,
                           const QStringList &members,
                           const ReferenceData::EntityRegistry &registry)
{
    auto existing = readGroups(db);
    if (!existing)
        return existing.error();
    for (const QString &n : {name.trimmed(), nameZh.trimmed()}) {
        if (n.isEmpty())
            continue;
        if (const auto taken = existing->find(n)) {
            return invalid(
                QStringLiteral("“%1” already names the group %2").arg(n, taken->shortName));
        }
    }
    if (members.isEmpty())
        return invalid(QStringLiteral("a group needs at least one member state"));
    QStringList codes;
    for (const QString &m : members) {
        const auto entity = registry.resolve(m);
        if (!entity)
            return Error{ErrorCode::NotFound, QStringLiteral("no state is called “%1”").arg(m), {}};
        if (entity->kind != EntityKind::MemberState)
            return invalid(QStringLiteral("%1 (%2) is not a member state and casts no vote in the "
                                          "General Assembly")
                               .arg(entity->nameEn, entity->code));
        if (!codes.contains(entity->code))
            codes.append(entity->code);
    }
    auto added = Storage::GroupRepository(db).add(name, nameZh, codes);
    if (!added)
        return added.error();
    auto stored = Storage::GroupRepository(db).group(name.trimmed());
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{ErrorCode::Internal, QStringLiteral("the new group was not stored"), name};
    return userGroup(**stored);
}

Status removeUserGroup(Storage::Database &db, const QString &name)
{
    auto groups = readGroups(db);
    if (!groups)
        return groups.error();
    const auto found = groups->find(name);
    if (!found)
        return Error{ErrorCode::NotFound, QStringLiteral("there is no group “%1”").arg(name), {}};
    if (found->isBuiltIn())
        return invalid(
            QStringLiteral("%1 is a built-in group and cannot be removed").arg(found->shortName));
    return Storage::GroupRepository(db).remove(found->shortName);
}

} // namespace Rapporteur::Blocs
