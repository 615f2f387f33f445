#pragma once

#include "groups.h"

#include "common/result.h"
#include "referencedata/entityregistry.h"

#include <QString>
#include <QStringList>

namespace Rapporteur::Storage {
class Database;
struct UserGroupRecord;
} // namespace Rapporteur::Storage

namespace Rapporteur::Blocs {

// Every group a user can choose: the built-in ones (GroupTable::builtIn(), in table order), then
// the user's own (Storage::GroupRepository, by name) as GroupKind::User groups whose short and
// English name is the name they were given.
Result<GroupTable> readGroups(Storage::Database &db);

// The stored record as a group.
Group userGroup(const Storage::UserGroupRecord &record);

// Adds a group of the user's. The name and the Chinese name (optional) must be new among the
// names of every group, built-in ones and their aliases included (ErrorCode::InvalidInput
// otherwise), since a name must find one group. Members are codes or any name the registry
// resolves ("FRA", "法国", "France"), stored as codes; each must be a member state (observers and
// the European Union cast no vote), and there must be at least one (ErrorCode::InvalidInput
// naming the first that is not).
Result<Group> addUserGroup(
    Storage::Database &db, const QString &name, const QString &nameZh, const QStringList &members,
    const ReferenceData::EntityRegistry &registry = ReferenceData::EntityRegistry::builtIn());

// Removes a group of the user's, found by any of its names. A built-in group cannot be removed
// (ErrorCode::InvalidInput); a name that finds no group is ErrorCode::NotFound.
Status removeUserGroup(Storage::Database &db, const QString &name);

} // namespace Rapporteur::Blocs
