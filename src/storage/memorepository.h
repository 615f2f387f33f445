#pragma once

#include "codingrecords.h"

#include "common/result.h"

#include <QList>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// Memos on codes, submissions and documents (migration 0006): one per target, replaced as a
// whole when edited. An empty text deletes the memo.
class MemoRepository final
{
public:
    explicit MemoRepository(Database &db);

    Status set(MemoTarget target, qint64 targetId, const QString &text, const QString &author);
    Result<std::optional<MemoRecord>> memo(MemoTarget target, qint64 targetId) const;
    // Every memo, by target kind and id.
    Result<QList<MemoRecord>> memos() const;

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
