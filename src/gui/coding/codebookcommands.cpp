#include "codebookcommands.h"

#include "coding/qdacodebook.h"
#include "storage/codebookrepository.h"
#include "storage/codingrepository.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>

namespace Rapporteur::Gui {

using namespace Storage;

namespace {

Result<std::optional<qint64>> idOf(CodingStore &store, const std::optional<CodeRef> &ref)
{
    if (!ref)
        return std::optional<qint64>();
    auto id = store.codeId(*ref);
    if (!id)
        return id.error();
    return std::optional<qint64>(*id);
}

} // namespace

CreateCodeCommand::CreateCodeCommand(CodingStore &store, const QString &text,
                                     const std::optional<CodeRef> &parent, const QString &name,
                                     const QString &colour, const QString &description)
    : StoreCommand(store, text, CodingStore::Codebook), m_parent(parent), m_name(name),
      m_colour(colour), m_description(description)
{
}

Status CreateCodeCommand::apply(bool)
{
    auto parent = idOf(store(), m_parent);
    if (!parent)
        return parent.error();
    // Redoing makes the code again with the guid it was given first.
    auto id = CodebookRepository(store().database())
                  .create(*parent, m_name, m_description, m_colour, m_created.guid);
    if (!id)
        return id.error();
    auto ref = store().codeRef(*id);
    if (!ref)
        return ref.error();
    m_created = *ref;
    if (m_colour.isEmpty()) {
        // The colour the codebook gave it (codecolours.h): redoing makes it in that colour again.
        auto made = CodebookRepository(store().database()).code(*id);
        if (made && made->has_value())
            m_colour = (*made)->colour;
    }
    return success();
}

Status CreateCodeCommand::revert()
{
    auto id = store().codeId(m_created);
    if (!id)
        return id.error();
    return CodebookRepository(store().database()).remove(*id, false);
}

EditCodeCommand::EditCodeCommand(CodingStore &store, const QString &text, const CodeRef &code,
                                 Field field, const QString &value)
    : StoreCommand(store, text, CodingStore::Codebook), m_code(code), m_field(field), m_value(value)
{
}

Status EditCodeCommand::write(const QString &value)
{
    auto id = store().codeId(m_code);
    if (!id)
        return id.error();
    m_code.id = *id;
    CodebookRepository codebook(store().database());
    switch (m_field) {
    case Field::Name:
        return codebook.rename(*id, value);
    case Field::Colour:
        return codebook.setColour(*id, value);
    case Field::Description:
        break;
    }
    return codebook.setDescription(*id, value);
}

Status EditCodeCommand::apply(bool first)
{
    if (first) {
        auto id = store().codeId(m_code);
        if (!id)
            return id.error();
        auto code = CodebookRepository(store().database()).code(*id);
        if (!code)
            return code.error();
        if (code->has_value()) {
            m_before = m_field == Field::Name     ? (*code)->name
                       : m_field == Field::Colour ? (*code)->colour
                                                  : (*code)->description;
        }
    }
    return write(m_value);
}

Status EditCodeCommand::revert()
{
    return write(m_before);
}

MoveCodeCommand::MoveCodeCommand(CodingStore &store, const QString &text, const CodeRef &code,
                                 const std::optional<CodeRef> &parent)
    : StoreCommand(store, text, CodingStore::Codebook), m_code(code), m_parent(parent)
{
}

Status MoveCodeCommand::moveUnder(const std::optional<CodeRef> &parent)
{
    auto id = store().codeId(m_code);
    if (!id)
        return id.error();
    auto parentId = idOf(store(), parent);
    if (!parentId)
        return parentId.error();
    return CodebookRepository(store().database()).move(*id, *parentId);
}

Status MoveCodeCommand::apply(bool first)
{
    if (first) {
        auto id = store().codeId(m_code);
        if (!id)
            return id.error();
        auto code = CodebookRepository(store().database()).code(*id);
        if (!code)
            return code.error();
        if (code->has_value() && (*code)->parentId) {
            auto parent = store().codeRef(*(*code)->parentId);
            if (!parent)
                return parent.error();
            m_before = *parent;
        }
    }
    return moveUnder(m_parent);
}

Status MoveCodeCommand::revert()
{
    return moveUnder(m_before);
}

MergeCodesCommand::MergeCodesCommand(CodingStore &store, const QString &text, const CodeRef &from,
                                     const CodeRef &into)
    : StoreCommand(store, text, CodingStore::Codebook | CodingStore::Codings | CodingStore::Memos),
      m_from(from), m_into(into)
{
}

Status MergeCodesCommand::apply(bool first)
{
    auto from = store().codeId(m_from);
    if (!from)
        return from.error();
    auto into = store().codeId(m_into);
    if (!into)
        return into.error();
    if (first) {
        Database &db = store().database();
        auto snapshot = snapshotCode(db, *from);
        if (!snapshot)
            return snapshot.error();
        m_fromBefore = std::move(snapshot).value();
        auto target = snapshotCode(db, *into);
        if (!target)
            return target.error();
        m_intoDescription = target->code.description;
        m_intoMemo = target->memo;
        auto codes = CodebookRepository(db).codes();
        if (!codes)
            return codes.error();
        for (const auto &code : *codes) {
            if (code.parentId == *from)
                m_children << code.guid;
        }
    }
    return CodebookRepository(store().database()).merge(*from, *into);
}

Status MergeCodesCommand::revert()
{
    Database &db = store().database();
    auto into = store().codeId(m_into);
    if (!into)
        return into.error();
    CodebookRepository codebook(db);
    if (auto restored = codebook.setDescription(*into, m_intoDescription); !restored)
        return restored;
    if (auto restored = restoreMemo(db, MemoTarget::Code, *into, m_intoMemo); !restored)
        return restored;
    // The code again, without its codings: those are in `into` now and move back below.
    CodeSnapshot bare = m_fromBefore;
    bare.codings.clear();
    if (auto made = recreate(store(), {bare}); !made)
        return made;
    auto from = store().codeId(m_from);
    if (!from)
        return from.error();
    for (const QString &child : m_children) {
        auto id = store().codeId({child, 0});
        if (!id)
            return id.error();
        if (auto moved = codebook.move(*id, *from); !moved)
            return moved;
    }
    // Each coding leaves `into` and comes back on `from` as it is now (its memo may have been
    // edited since), with its own guid and time.
    CodingRepository codings(db);
    for (const CodingRecord &before : m_fromBefore.codings) {
        auto id = store().codingId({before.guid, before.id, m_into});
        if (!id)
            return id.error();
        auto now = codings.coding(*id);
        if (!now)
            return now.error();
        if (!now->has_value())
            continue;
        if (auto removed = codings.remove(*id); !removed)
            return removed;
        if (auto again = recreateCoding(db, **now, *from); !again)
            return again.error();
    }
    return success();
}

DeleteCodeCommand::DeleteCodeCommand(CodingStore &store, const QString &text, const CodeRef &code)
    : StoreCommand(store, text, CodingStore::Codebook | CodingStore::Codings | CodingStore::Memos),
      m_code(code)
{
}

Status DeleteCodeCommand::apply(bool first)
{
    auto id = store().codeId(m_code);
    if (!id)
        return id.error();
    if (first) {
        auto subtree = snapshotSubtree(store().database(), *id);
        if (!subtree)
            return subtree.error();
        m_subtree = std::move(subtree).value();
    }
    // The user confirmed deleting the codings before the command was made.
    return CodebookRepository(store().database()).remove(*id, true);
}

Status DeleteCodeCommand::revert()
{
    return recreate(store(), m_subtree);
}

ImportCodebookCommand::ImportCodebookCommand(CodingStore &store, const QString &text,
                                             const QByteArray &qdc)
    : StoreCommand(store, text, CodingStore::Codebook), m_qdc(qdc)
{
}

Status ImportCodebookCommand::apply(bool first)
{
    if (!first)
        return recreate(store(), m_created);
    Database &db = store().database();
    CodebookRepository codebook(db);
    auto before = codebook.codes();
    if (!before)
        return before.error();
    QSet<QString> known;
    for (const auto &code : *before)
        known.insert(code.guid);
    auto imported = Coding::importCodebook(db, m_qdc);
    if (!imported)
        return imported.error();
    auto after = codebook.codes();
    if (!after)
        return after.error();
    QHash<qint64, QString> guidOf;
    for (const auto &code : *after)
        guidOf.insert(code.id, code.guid);
    for (const auto &code : *after) { // parents first
        if (known.contains(code.guid))
            continue;
        CodeSnapshot snapshot;
        snapshot.code = code;
        snapshot.parentGuid = code.parentId ? guidOf.value(*code.parentId) : QString();
        m_created.append(snapshot);
    }
    return success();
}

Status ImportCodebookCommand::revert()
{
    CodebookRepository codebook(store().database());
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it) { // children first
        auto id = store().codeId({it->code.guid, it->code.id});
        if (!id)
            return id.error();
        if (auto removed = codebook.remove(*id, false); !removed)
            return removed;
    }
    return success();
}

} // namespace Rapporteur::Gui
