#include "memorepository.h"

#include "database.h"
#include "statement.h"

#include "common/enumnames.h"

namespace Rapporteur::Storage {

QString memoTargetName(MemoTarget target)
{
    switch (target) {
    case MemoTarget::Code:
        return QStringLiteral("code");
    case MemoTarget::Submission:
        return QStringLiteral("submission");
    case MemoTarget::Document:
        return QStringLiteral("document");
    }
    return {};
}

std::optional<MemoTarget> memoTargetFromName(const QString &name)
{
    return valueNamed(name, {MemoTarget::Code, MemoTarget::Submission, MemoTarget::Document},
                      memoTargetName);
}

namespace {

MemoRecord readMemo(const Statement &s)
{
    MemoRecord m;
    m.target = memoTargetFromName(s.columnText(0)).value_or(MemoTarget::Document);
    m.targetId = s.columnInt64(1);
    m.text = s.columnText(2);
    m.author = s.columnText(3);
    m.updatedAt = s.columnText(4);
    return m;
}

} // namespace

MemoRepository::MemoRepository(Database &db) : m_db(db) {}

Status MemoRepository::set(MemoTarget target, qint64 targetId, const QString &text,
                           const QString &author)
{
    auto statement = Statement::prepare(
        m_db, text.isEmpty() ? "DELETE FROM memo WHERE target_kind = ?1 AND target_id = ?2" : R"(
        INSERT INTO memo (target_kind, target_id, text, author, updated_at)
        VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ON CONFLICT (target_kind, target_id) DO UPDATE SET
            text = excluded.text, author = excluded.author, updated_at = excluded.updated_at)");
    if (!statement)
        return statement.error();
    statement->bind(1, memoTargetName(target)).bind(2, targetId);
    if (!text.isEmpty())
        statement->bind(3, text).bind(4, author.isNull() ? QStringLiteral("") : author);
    return statement->run();
}

Result<std::optional<MemoRecord>> MemoRepository::memo(MemoTarget target, qint64 targetId) const
{
    auto select = Statement::prepare(m_db, R"(
        SELECT target_kind, target_id, text, author, updated_at FROM memo
        WHERE target_kind = ?1 AND target_id = ?2)");
    if (!select)
        return select.error();
    select->bind(1, memoTargetName(target)).bind(2, targetId);
    return select->first<MemoRecord>([&] { return readMemo(*select); });
}

Result<QList<MemoRecord>> MemoRepository::memos() const
{
    auto select = Statement::prepare(m_db, R"(
        SELECT target_kind, target_id, text, author, updated_at FROM memo
        ORDER BY target_kind, target_id)");
    if (!select)
        return select.error();
    return select->collect<MemoRecord>([&] { return readMemo(*select); });
}

} // namespace Rapporteur::Storage
