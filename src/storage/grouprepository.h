#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// A group of states a user added (migration 0007). The built-in groups (data/groups.tsv) are not
// stored; src/blocs/groupcatalog.h puts both together.
struct UserGroupRecord
{
    qint64 id = 0;
    QString name;        // unique without regard to case
    QString nameZh;      // may be empty
    QStringList members; // entity codes, in the order given
    QString createdAt;   // ISO 8601 UTC
};

// Each write runs in a transaction of its own or joins the caller's as a savepoint, so a failure
// leaves the groups as they were. Codes are stored as given: checking them against the entity
// table is the caller's.
class GroupRepository final
{
public:
    explicit GroupRepository(Database &db);

    // Every user group, by name (without regard to case).
    Result<QList<UserGroupRecord>> groups() const;
    Result<std::optional<UserGroupRecord>> group(const QString &name) const;

    // A new group; a name already taken (in any case) or empty is ErrorCode::InvalidInput.
    // A code given twice is stored once.
    Result<qint64> add(const QString &name, const QString &nameZh, const QStringList &members);
    // Deletes the group of that name (any case) and its members; ErrorCode::NotFound when there
    // is none.
    Status remove(const QString &name);

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
