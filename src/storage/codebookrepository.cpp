#include "codebookrepository.h"

#include "codecolours.h"
#include "database.h"
#include "sqliteerror.h"
#include "statement.h"
#include "transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <cstring>

#include <sqlite3.h>

namespace Rapporteur::Storage {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {}};
}

Error noCode(qint64 id)
{
    return Error{ErrorCode::NotFound, QStringLiteral("there is no code %1").arg(id), {}};
}

// A failed UNIQUE or CHECK is the user's mistake (a taken name), not a broken database; a busy,
// read-only or full database is said as such (sqliteError), never as a taken name.
Error refused(const Database &db, const QString &message)
{
    Error error = db.error(message);
    if (sqliteReason(sqlite3_extended_errcode(db.handle())).isEmpty())
        error.code = ErrorCode::InvalidInput;
    return error;
}

std::optional<Error> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return invalid(QStringLiteral("a code needs a name"));
    if (name.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("“%1”: a code name cannot contain “/”, which separates "
                                      "the names of a code path")
                           .arg(name));
    return std::nullopt;
}

std::optional<Error> checkColour(const QString &colour)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!colour.isEmpty() && !hex.match(colour).hasMatch())
        return invalid(QStringLiteral("“%1” is not a colour of the form #rrggbb").arg(colour));
    return std::nullopt;
}

} // namespace

QStringList splitCodePath(const QString &path)
{
    QStringList names = path.split(QLatin1Char('/'));
    for (QString &name : names) {
        name = name.trimmed();
        if (name.isEmpty())
            return {};
    }
    return names;
}

CodebookRepository::CodebookRepository(Database &db) : m_db(db) {}

Result<QList<CodeRecord>> CodebookRepository::codes() const
{
    auto select = Statement::prepare(m_db, R"(
        SELECT c.id, c.parent_id, c.name, c.description, ifnull(c.colour, ''), c.guid,
               c.created_at, (SELECT count(*) FROM coding WHERE code_id = c.id)
        FROM code c ORDER BY c.name, c.id)");
    if (!select)
        return select.error();
    QList<CodeRecord> all;
    if (auto read = select->forEachRow([&] {
            CodeRecord c;
            c.id = select->columnInt64(0);
            if (!select->isNull(1))
                c.parentId = select->columnInt64(1);
            c.name = select->columnText(2);
            c.description = select->columnText(3);
            c.colour = select->columnText(4);
            c.guid = select->columnText(5);
            c.createdAt = select->columnText(6);
            c.codingCount = select->columnInt(7);
            all.append(c);
        });
        !read)
        return read.error();

    // Depth-first from the top: parents before children, siblings in name order.
    QHash<qint64, QList<qsizetype>> children; // parent id (0: top) -> indexes, in name order
    for (qsizetype i = 0; i < all.size(); ++i)
        children[all[i].parentId.value_or(0)].append(i);
    QList<CodeRecord> ordered;
    ordered.reserve(all.size());
    const auto visit = [&](const auto &self, qint64 parent, const QString &prefix) -> void {
        for (const qsizetype i : children.value(parent)) {
            CodeRecord c = all[i];
            c.path = prefix.isEmpty() ? c.name : prefix + QLatin1Char('/') + c.name;
            ordered.append(c);
            self(self, c.id, c.path);
        }
    };
    visit(visit, 0, QString());
    return ordered;
}

Result<std::optional<CodeRecord>> CodebookRepository::code(qint64 id) const
{
    auto all = codes();
    if (!all)
        return all.error();
    for (const CodeRecord &c : *all) {
        if (c.id == id)
            return std::optional<CodeRecord>(c);
    }
    return std::optional<CodeRecord>();
}

Result<std::optional<qint64>> CodebookRepository::find(const QStringList &path) const
{
    auto select = Statement::prepare(
        m_db, "SELECT id FROM code WHERE ifnull(parent_id, 0) = ?1 AND name = ?2");
    if (!select)
        return select.error();
    std::optional<qint64> current;
    for (const QString &name : path) {
        select->reset();
        select->bind(1, current.value_or(0)).bind(2, name);
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<qint64>();
        current = select->columnInt64(0);
    }
    return current;
}

Result<qint64> CodebookRepository::create(std::optional<qint64> parentId, const QString &name,
                                          const QString &description, const QString &colour,
                                          const QString &guid)
{
    if (auto bad = checkName(name))
        return *bad;
    if (auto bad = checkColour(colour.toLower()))
        return *bad;
    if (auto fits = checkDepth(parentId, 1); !fits)
        return fits.error();
    // A code made without a colour (the CLI, an import) is given one now, which it keeps.
    QString shown = colour.toLower();
    if (shown.isEmpty()) {
        auto inUse = Statement::prepare(m_db, "SELECT colour FROM code WHERE colour <> ''");
        if (!inUse)
            return inUse.error();
        auto colours = inUse->collect<QString>([&] { return inUse->columnText(0); });
        if (!colours)
            return colours.error();
        shown = CodeColourCount(*colours).takeLeastUsed();
    }
    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO code (parent_id, name, description, colour, guid, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
    if (!insert)
        return insert.error();
    insert->bind(1, parentId)
        .bind(2, name.trimmed())
        .bind(3, description)
        .bind(5, guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : guid);
    insert->bind(4, shown);
    if (auto ran = insert->run(); !ran) {
        return refused(m_db, QStringLiteral("could not create the code “%1”: is the name already "
                                            "taken, or the parent missing?")
                                 .arg(name));
    }
    return m_db.lastInsertRowId();
}

Result<qint64> CodebookRepository::ensurePath(const QStringList &path)
{
    if (path.isEmpty())
        return invalid(QStringLiteral("a code path needs at least one name"));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    std::optional<qint64> current;
    for (const QString &name : path) {
        auto select = Statement::prepare(
            m_db, "SELECT id FROM code WHERE ifnull(parent_id, 0) = ?1 AND name = ?2");
        if (!select)
            return select.error();
        select->bind(1, current.value_or(0)).bind(2, name);
        auto row = select->step();
        if (!row)
            return row.error();
        if (*row) {
            current = select->columnInt64(0);
            continue;
        }
        auto created = create(current, name);
        if (!created)
            return created.error();
        current = *created;
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return *current;
}

Status CodebookRepository::runOne(const char *sql, qint64 id, const QString &value)
{
    auto update = Statement::prepare(m_db, sql);
    if (!update)
        return update.error();
    update->bind(1, id);
    if (value.isNull())
        update->bindNull(2);
    else
        update->bind(2, value);
    const qint64 before = m_db.totalChanges();
    if (auto ran = update->run(); !ran)
        return refused(m_db, QStringLiteral("the codebook refused the change: is the name "
                                            "already taken?"));
    if (m_db.totalChanges() == before)
        return noCode(id);
    return success();
}

Status CodebookRepository::rename(qint64 id, const QString &name)
{
    if (auto bad = checkName(name))
        return *bad;
    return runOne("UPDATE code SET name = ?2 WHERE id = ?1", id, name.trimmed());
}

Status CodebookRepository::setDescription(qint64 id, const QString &description)
{
    return runOne("UPDATE code SET description = ?2 WHERE id = ?1", id,
                  description.isNull() ? QStringLiteral("") : description);
}

Status CodebookRepository::setColour(qint64 id, const QString &colour)
{
    if (auto bad = checkColour(colour.toLower()))
        return *bad;
    return runOne("UPDATE code SET colour = ?2 WHERE id = ?1", id,
                  colour.isEmpty() ? QString() : colour.toLower());
}

Result<QList<qint64>> CodebookRepository::subtree(qint64 id) const
{
    auto select = Statement::prepare(m_db, R"(
        WITH RECURSIVE tree(id, depth) AS (
            SELECT id, 0 FROM code WHERE id = ?1
            UNION ALL SELECT c.id, t.depth + 1 FROM code c JOIN tree t ON c.parent_id = t.id)
        SELECT id FROM tree ORDER BY depth)");
    if (!select)
        return select.error();
    select->bind(1, id);
    QList<qint64> ids;
    Result<bool> row = select->step();
    for (; row && *row; row = select->step())
        ids.append(select->columnInt64(0));
    if (!row)
        return row.error();
    if (ids.isEmpty())
        return noCode(id);
    return ids;
}

namespace {

// The largest level a recursive query over the code tree gives for id; `none` when it gives none.
Result<int> maxLevel(const Database &db, const char *sql, qint64 id, int none)
{
    auto select = Statement::prepare(db, sql);
    if (!select)
        return select.error();
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return row.error();
    return *row && !select->isNull(0) ? select->columnInt(0) : none;
}

} // namespace

Result<int> CodebookRepository::levelOf(qint64 id) const
{
    return maxLevel(m_db, R"(
        WITH RECURSIVE up(id, level) AS (
            SELECT parent_id, 1 FROM code WHERE id = ?1
            UNION ALL SELECT c.parent_id, u.level + 1 FROM code c JOIN up u ON c.id = u.id)
        SELECT max(level) FROM up)",
                    id, 0);
}

Result<int> CodebookRepository::levelsBelow(qint64 id) const
{
    return maxLevel(m_db, R"(
        WITH RECURSIVE down(id, level) AS (
            SELECT ?1, 1
            UNION ALL SELECT c.id, d.level + 1 FROM code c JOIN down d ON c.parent_id = d.id)
        SELECT max(level) FROM down)",
                    id, 1);
}

// Whether `levels` levels of codes fit under parent (none: the top).
Status CodebookRepository::checkDepth(std::optional<qint64> parent, int levels) const
{
    int above = 0;
    if (parent) {
        auto level = levelOf(*parent);
        if (!level)
            return level.error();
        above = *level;
    }
    if (above + levels > kMaxDepth)
        return invalid(QStringLiteral("codes nest at most %1 levels deep").arg(kMaxDepth));
    return success();
}

Status CodebookRepository::move(qint64 id, std::optional<qint64> newParentId)
{
    auto tree = subtree(id);
    if (!tree)
        return tree.error();
    if (newParentId && tree->contains(*newParentId))
        return invalid(QStringLiteral("a code cannot move under itself or one of its children"));
    auto levels = levelsBelow(id);
    if (!levels)
        return levels.error();
    if (auto fits = checkDepth(newParentId, *levels); !fits)
        return fits;
    auto update = Statement::prepare(m_db, "UPDATE code SET parent_id = ?2 WHERE id = ?1");
    if (!update)
        return update.error();
    update->bind(1, id).bind(2, newParentId);
    if (auto ran = update->run(); !ran)
        return refused(m_db, QStringLiteral("could not move the code: its new parent is missing "
                                            "or already has a code of that name"));
    return success();
}

Status CodebookRepository::merge(qint64 from, qint64 into)
{
    if (from == into)
        return invalid(QStringLiteral("a code cannot be merged into itself"));
    auto tree = subtree(from);
    if (!tree)
        return tree.error();
    if (tree->contains(into))
        return invalid(QStringLiteral("a code cannot be merged into one of its children"));
    auto target = code(into);
    if (!target)
        return target.error();
    if (!target->has_value())
        return noCode(into);
    // The merged code's children go one level under `into`.
    if (auto levels = levelsBelow(from); !levels)
        return levels.error();
    else if (auto fits = checkDepth(into, *levels - 1); *levels > 1 && !fits)
        return fits;
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    // The description is appended, not dropped: it may be the only record of what the code meant.
    for (const char *sql : {"UPDATE coding SET code_id = ?2 WHERE code_id = ?1",
                            "UPDATE code SET parent_id = ?2 WHERE parent_id = ?1",
                            "UPDATE code SET description = trim(description || char(10) || "
                            "(SELECT description FROM code WHERE id = ?1), char(10)) WHERE id = ?2",
                            "INSERT INTO memo (target_kind, target_id, text, author, "
                            "updated_at) SELECT 'code', ?2, text, author, updated_at FROM memo "
                            "WHERE target_kind = 'code' AND target_id = ?1 ON CONFLICT DO "
                            "UPDATE SET text = memo.text || char(10) || excluded.text",
                            "DELETE FROM memo WHERE target_kind = 'code' AND target_id = ?1",
                            "DELETE FROM code WHERE id = ?1"}) {
        auto statement = Statement::prepare(m_db, sql);
        if (!statement)
            return statement.error();
        statement->bind(1, from);
        if (std::strstr(sql, "?2"))
            statement->bind(2, into);
        if (auto ran = statement->run(); !ran)
            return refused(m_db, QStringLiteral("could not merge the codes: a child of one has "
                                                "the name of a child of the other"));
    }
    return transaction->commit();
}

Status CodebookRepository::remove(qint64 id, bool deleteCodings)
{
    auto tree = subtree(id);
    if (!tree)
        return tree.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto count = Statement::prepare(m_db, "SELECT count(*) FROM coding WHERE code_id = ?1");
    if (!count)
        return count.error();
    int codings = 0;
    for (const qint64 codeId : *tree) {
        count->reset();
        count->bind(1, codeId);
        auto row = count->step();
        if (!row)
            return row.error();
        codings += count->columnInt(0);
    }
    if (codings > 0 && !deleteCodings) {
        return invalid(QStringLiteral("the code has %n coding(s) (with its children); deleting "
                                      "it needs an explicit confirmation (--force)")
                           .replace(QLatin1String("%n"), QString::number(codings)));
    }
    // Children first: the parent link is RESTRICT, so no code is ever deleted by a cascade.
    for (auto it = tree->crbegin(); it != tree->crend(); ++it) {
        if (auto removed =
                runEachWithKey(m_db,
                               {"DELETE FROM coding WHERE code_id = ?1",
                                "DELETE FROM memo WHERE target_kind = 'code' AND target_id = ?1",
                                "DELETE FROM code WHERE id = ?1"},
                               *it);
            !removed)
            return removed;
    }
    return transaction->commit();
}

} // namespace Rapporteur::Storage
