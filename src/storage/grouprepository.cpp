#include "grouprepository.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace Rapporteur::Storage {

namespace {

Result<QStringList> membersOf(const Database &db, qint64 groupId)
{
    auto select = Statement::prepare(
        db, "SELECT entity_code FROM user_group_member WHERE group_id = ?1 ORDER BY ordinal");
    if (!select)
        return select.error();
    select->bind(1, groupId);
    return select->collect<QString>([&] { return select->columnText(0); });
}

} // namespace

GroupRepository::GroupRepository(Database &db) : m_db(db) {}

Result<QList<UserGroupRecord>> GroupRepository::groups() const
{
    auto select = Statement::prepare(
        m_db, "SELECT id, name, name_zh, created_at FROM user_group ORDER BY name, id");
    if (!select)
        return select.error();
    QList<UserGroupRecord> all;
    if (auto read = select->forEachRow([&] {
            all.append({select->columnInt64(0),
                        select->columnText(1),
                        select->columnText(2),
                        {},
                        select->columnText(3)});
        });
        !read)
        return read.error();
    for (UserGroupRecord &g : all) {
        auto members = membersOf(m_db, g.id);
        if (!members)
            return members.error();
        g.members = *members;
    }
    return all;
}

Result<std::optional<UserGroupRecord>> GroupRepository::group(const QString &name) const
{
    auto all = groups();
    if (!all)
        return all.error();
    for (const UserGroupRecord &g : std::as_const(*all)) {
        if (g.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<UserGroupRecord>(g);
    }
    return std::optional<UserGroupRecord>();
}

Result<qint64> GroupRepository::add(const QString &name, const QString &nameZh,
                                    const QStringList &members)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("a group needs a name"), {}};
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO user_group (name, name_zh, created_at)
        VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
    if (!insert)
        return insert.error();
    insert->bind(1, trimmed).bind(2, nameZh.trimmed());
    if (auto ran = insert->run(); !ran) {
        // UNIQUE is the likely cause: a taken name is the user's mistake, not a broken database.
        Error error =
            m_db.error(QStringLiteral("there is already a group named “%1”").arg(trimmed));
        error.code = ErrorCode::InvalidInput;
        return error;
    }
    const qint64 id = m_db.lastInsertRowId();
    auto member = Statement::prepare(m_db, R"(
        INSERT OR IGNORE INTO user_group_member (group_id, entity_code, ordinal)
        VALUES (?1, ?2, ?3))");
    if (!member)
        return member.error();
    for (qsizetype i = 0; i < members.size(); ++i) {
        member->bind(1, id).bind(2, members[i]).bind(3, qint64(i));
        if (auto ran = member->run(); !ran)
            return ran.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id;
}

Status GroupRepository::remove(const QString &name)
{
    auto found = group(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{
            ErrorCode::NotFound, QStringLiteral("there is no group “%1” of yours").arg(name), {}};
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    // The members explicitly, not through the cascade: it must not depend on the connection's
    // foreign_keys setting.
    if (auto removed = runEachWithKey(m_db,
                                      {"DELETE FROM user_group_member WHERE group_id = ?1",
                                       "DELETE FROM user_group WHERE id = ?1"},
                                      (*found)->id);
        !removed)
        return removed;
    return transaction->commit();
}

} // namespace Rapporteur::Storage
