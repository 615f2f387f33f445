#include "codesnapshot.h"

#include "codingstore.h"

#include "storage/codebookrepository.h"
#include "storage/codingrepository.h"
#include "storage/database.h"
#include "storage/memorepository.h"

#include <QHash>
#include <QSet>

namespace Rapporteur::Gui {

using namespace Storage;

namespace {

Result<CodeSnapshot> snapshotOf(Database &db, const CodeRecord &code,
                                const QHash<qint64, QString> &guidOf)
{
    CodeSnapshot snapshot;
    snapshot.code = code;
    if (code.parentId)
        snapshot.parentGuid = guidOf.value(*code.parentId);
    auto memo = MemoRepository(db).memo(MemoTarget::Code, code.id);
    if (!memo)
        return memo.error();
    snapshot.memo = *memo;
    CodingFilter filter;
    filter.codeId = code.id;
    auto codings = CodingRepository(db).codings(filter);
    if (!codings)
        return codings.error();
    snapshot.codings = *codings;
    return snapshot;
}

} // namespace

Result<QList<CodeSnapshot>> snapshotSubtree(Database &db, qint64 codeId)
{
    auto codes = CodebookRepository(db).codes();
    if (!codes)
        return codes.error();
    QHash<qint64, QString> guidOf;
    for (const auto &code : *codes)
        guidOf.insert(code.id, code.guid);
    // codes() lists parents before children, so one pass collects the subtree in that order.
    QSet<qint64> inTree{codeId};
    QList<CodeSnapshot> snapshots;
    for (const auto &code : *codes) {
        if (code.id != codeId && !(code.parentId && inTree.contains(*code.parentId)))
            continue;
        inTree.insert(code.id);
        auto snapshot = snapshotOf(db, code, guidOf);
        if (!snapshot)
            return snapshot.error();
        snapshots.append(std::move(snapshot).value());
    }
    if (snapshots.isEmpty())
        return Error{ErrorCode::NotFound, QStringLiteral("there is no code %1").arg(codeId), {}};
    return snapshots;
}

Result<CodeSnapshot> snapshotCode(Database &db, qint64 codeId)
{
    CodebookRepository codebook(db);
    auto code = codebook.code(codeId);
    if (!code)
        return code.error();
    if (!code->has_value())
        return Error{ErrorCode::NotFound, QStringLiteral("there is no code %1").arg(codeId), {}};
    QHash<qint64, QString> guidOf;
    if ((*code)->parentId) {
        auto parent = codebook.code(*(*code)->parentId);
        if (!parent)
            return parent.error();
        if (parent->has_value())
            guidOf.insert((*parent)->id, (*parent)->guid);
    }
    return snapshotOf(db, **code, guidOf);
}

Result<qint64> recreateCoding(Database &db, const CodingRecord &coding, qint64 codeId)
{
    NewCoding again;
    again.codeId = codeId;
    again.anchor = coding.anchor;
    again.coder = coding.coder;
    again.memo = coding.memo;
    again.guid = coding.guid;
    again.createdAt = coding.createdAt;
    return CodingRepository(db).add(again);
}

Status restoreMemo(Database &db, MemoTarget target, qint64 targetId,
                   const std::optional<MemoRecord> &memo)
{
    MemoRepository memos(db);
    return memo ? memos.set(target, targetId, memo->text, memo->author)
                : memos.set(target, targetId, QString(), QString());
}

Status recreate(CodingStore &store, const QList<CodeSnapshot> &codes)
{
    Database &db = store.database();
    CodebookRepository codebook(db);
    for (const CodeSnapshot &snapshot : codes) {
        std::optional<qint64> parent;
        if (!snapshot.parentGuid.isEmpty()) {
            auto found = store.codeId({snapshot.parentGuid, 0});
            if (!found)
                return found.error();
            parent = *found;
        }
        const CodeRecord &code = snapshot.code;
        auto id = codebook.create(parent, code.name, code.description, code.colour, code.guid);
        if (!id)
            return id.error();
        if (snapshot.memo) {
            if (auto set = restoreMemo(db, MemoTarget::Code, *id, snapshot.memo); !set)
                return set;
        }
        for (const CodingRecord &coding : snapshot.codings) {
            if (auto again = recreateCoding(db, coding, *id); !again)
                return again.error();
        }
    }
    return success();
}

} // namespace Rapporteur::Gui
