#pragma once

#include "codingrecords.h"

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// The codebook of migration 0006: a tree of codes. Each write runs in a transaction of its own or
// joins the caller's as a savepoint, so a failure leaves the codebook as it was.
class CodebookRepository final
{
public:
    // How deep codes may nest: deeper than any codebook a person builds, and the bound that
    // keeps reading and writing a codebook (recursive) safe. One rule for every way a code gets
    // its place: create, move, merge and a codebook's import.
    static constexpr int kMaxDepth = 64;

    explicit CodebookRepository(Database &db);

    // Every code, parents before children, siblings by name, each with its path and the count of
    // its own codings.
    Result<QList<CodeRecord>> codes() const;
    Result<std::optional<CodeRecord>> code(qint64 id) const;
    // The code at a path of names; empty when any name is missing.
    Result<std::optional<qint64>> find(const QStringList &path) const;

    // A new code under parent (none: top level). The name must be new among its siblings and
    // hold no '/'; colour is "#rrggbb", or empty for the palette colour used least
    // (codecolours.h: reading every code's colour, so a run of codes gives them itself). An
    // empty guid gets a new one.
    Result<qint64> create(std::optional<qint64> parentId, const QString &name,
                          const QString &description = {}, const QString &colour = {},
                          const QString &guid = {});
    // The code at the path, creating each missing name on the way.
    Result<qint64> ensurePath(const QStringList &path);

    Status rename(qint64 id, const QString &name);
    Status setDescription(qint64 id, const QString &description);
    Status setColour(qint64 id, const QString &colour);
    // Under another parent (none: top level); a code cannot move under itself or its descendants.
    Status move(qint64 id, std::optional<qint64> newParentId);
    // Moves every coding and child of `from` to `into`, appends its description, and deletes it.
    Status merge(qint64 from, qint64 into);
    // Deletes the code and its descendants. When any of them has codings this is refused unless
    // deleteCodings, the user's explicit confirmation, is given; the codings are then deleted too.
    Status remove(qint64 id, bool deleteCodings);

private:
    Result<int> levelOf(qint64 id) const;     // 1 for a top-level code
    Result<int> levelsBelow(qint64 id) const; // 1 for a code without children
    Status checkDepth(std::optional<qint64> parent, int levels) const;

    Result<QList<qint64>> subtree(qint64 id) const; // id and its descendants, children last

    Status runOne(const char *sql, qint64 id, const QString &value);

    Database &m_db;
};

// Names of a path, "论点/出口管制" → {"论点", "出口管制"}, each trimmed; empty when any is empty.
QStringList splitCodePath(const QString &path);

} // namespace Rapporteur::Storage
