#pragma once

#include "common/result.h"
#include "storage/codingrecords.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Gui {

class CodingStore;

// Everything that deleting a code takes with it, so that undoing the deletion brings it back as
// it was: the code (with its guid), where it sat, its memo and its codings (with their guids,
// coders, times, memos and anchors).
struct CodeSnapshot
{
    Storage::CodeRecord code;
    QString parentGuid; // empty: top level
    std::optional<Storage::MemoRecord> memo;
    QList<Storage::CodingRecord> codings;
};

// The code and its descendants, parents first.
Result<QList<CodeSnapshot>> snapshotSubtree(Storage::Database &db, qint64 codeId);
// One code alone, without its children (what a merge deletes).
Result<CodeSnapshot> snapshotCode(Storage::Database &db, qint64 codeId);
// Creates the codes again (parents first, each under its parent found by guid), with their memos
// and codings. Call inside a transaction.
Status recreate(CodingStore &store, const QList<CodeSnapshot> &codes);
// The coding again, on the given code, with its own guid, coder, time, memo and anchor.
Result<qint64> recreateCoding(Storage::Database &db, const Storage::CodingRecord &coding,
                              qint64 codeId);
// A memo as it was: set, or deleted when there was none.
Status restoreMemo(Storage::Database &db, Storage::MemoTarget target, qint64 targetId,
                   const std::optional<Storage::MemoRecord> &memo);

} // namespace Rapporteur::Gui
