#include "codingcommands.h"

#include "codesnapshot.h"

#include "coding/anchoring.h"
#include "storage/codingrepository.h"
#include "storage/database.h"
#include "storage/memorepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace Rapporteur::Gui {

using namespace Storage;

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {}};
}

} // namespace

AddCodingsCommand::AddCodingsCommand(CodingStore &store, const QString &text,
                                     const QList<TextSpan> &spans, const QList<CodeRef> &codes,
                                     const QString &coder)
    : StoreCommand(store, text, CodingStore::Codings | CodingStore::Codebook), m_spans(spans),
      m_codes(codes), m_coder(coder)
{
}

QList<CodingRef> AddCodingsCommand::added() const
{
    QList<CodingRef> refs;
    for (const auto &[coding, code] : m_made)
        refs.append({coding.guid, coding.id, code});
    return refs;
}

Status AddCodingsCommand::addFirst()
{
    if (m_coder.isEmpty())
        return invalid(QCoreApplication::translate(
            "Rapporteur::Gui::CodingCommands",
            "A coding needs a coder: set your name in File ▸ Settings."));
    CodingRepository codings(store().database());
    for (const CodeRef &ref : m_codes) {
        auto codeId = store().codeId(ref);
        if (!codeId)
            return codeId.error();
        for (const TextSpan &span : m_spans) {
            auto paragraph = codings.paragraph(span.paragraphId);
            if (!paragraph)
                return paragraph.error();
            if (!paragraph->has_value())
                return Error{
                    ErrorCode::NotFound,
                    QCoreApplication::translate("Rapporteur::Gui::CodingCommands",
                                                "The paragraph is no longer in the corpus."),
                    {}};
            const int length = Coding::codePointLength((*paragraph)->text);
            if (span.start < 0 || span.end <= span.start || span.end > length)
                return invalid(QCoreApplication::translate(
                    "Rapporteur::Gui::CodingCommands",
                    "The selection is not within the paragraph's text."));
            CodingFilter mine;
            mine.codeId = *codeId;
            mine.coder = m_coder;
            mine.documentId = (*paragraph)->documentId;
            auto existing = codings.codings(mine);
            if (!existing)
                return existing.error();
            const bool coded =
                std::any_of(existing->cbegin(), existing->cend(), [&](const auto &c) {
                    return !c.anchor.orphaned && c.anchor.paragraphId == span.paragraphId &&
                           c.anchor.start == span.start && c.anchor.end == span.end;
                });
            if (coded)
                continue;
            NewCoding coding;
            coding.codeId = *codeId;
            coding.anchor = Coding::anchorAt(**paragraph, span.start, span.end);
            coding.coder = m_coder;
            auto id = codings.add(coding);
            if (!id)
                return id.error();
            auto made = codings.coding(*id);
            if (!made)
                return made.error();
            m_made.append({**made, CodeRef{ref.guid, *codeId}});
        }
    }
    if (m_made.isEmpty()) // nothing to undo: not worth a step of the stack
        return invalid(QCoreApplication::translate(
            "Rapporteur::Gui::CodingCommands", "The selection is already coded with that code."));
    return success();
}

Status AddCodingsCommand::apply(bool first)
{
    if (first)
        return addFirst();
    for (auto &[coding, code] : m_made) {
        auto codeId = store().codeId(code);
        if (!codeId)
            return codeId.error();
        auto id = recreateCoding(store().database(), coding, *codeId);
        if (!id)
            return id.error();
        coding.id = *id;
        code.id = *codeId;
    }
    return success();
}

Status AddCodingsCommand::revert()
{
    CodingRepository codings(store().database());
    for (const auto &[coding, code] : m_made) {
        auto id = store().codingId({coding.guid, coding.id, code});
        if (!id)
            return id.error();
        if (auto removed = codings.remove(*id); !removed)
            return removed;
    }
    return success();
}

RemoveCodingsCommand::RemoveCodingsCommand(CodingStore &store, const QString &text,
                                           const QList<CodingRef> &codings)
    : StoreCommand(store, text, CodingStore::Codings | CodingStore::Codebook), m_refs(codings)
{
}

Status RemoveCodingsCommand::apply(bool first)
{
    CodingRepository codings(store().database());
    if (first) {
        for (const CodingRef &ref : m_refs) {
            auto id = store().codingId(ref);
            if (!id)
                return id.error();
            auto record = codings.coding(*id);
            if (!record)
                return record.error();
            if (!record->has_value())
                return Error{ErrorCode::NotFound,
                             QCoreApplication::translate("Rapporteur::Gui::CodingCommands",
                                                         "The coding no longer exists."),
                             {}};
            m_removed.append({**record, ref.code});
        }
    }
    for (const auto &[coding, code] : m_removed) {
        auto id = store().codingId({coding.guid, coding.id, code});
        if (!id)
            return id.error();
        if (auto removed = codings.remove(*id); !removed)
            return removed;
    }
    return success();
}

Status RemoveCodingsCommand::revert()
{
    for (auto &[coding, code] : m_removed) {
        auto codeId = store().codeId(code);
        if (!codeId)
            return codeId.error();
        auto id = recreateCoding(store().database(), coding, *codeId);
        if (!id)
            return id.error();
        coding.id = *id;
    }
    return success();
}

SetCodingMemoCommand::SetCodingMemoCommand(CodingStore &store, const QString &text,
                                           const CodingRef &coding, const QString &memo)
    : StoreCommand(store, text, CodingStore::Codings), m_coding(coding), m_memo(memo)
{
}

Status SetCodingMemoCommand::apply(bool first)
{
    auto id = store().codingId(m_coding);
    if (!id)
        return id.error();
    m_coding.id = *id;
    CodingRepository codings(store().database());
    if (first) {
        auto record = codings.coding(*id);
        if (!record)
            return record.error();
        if (record->has_value())
            m_before = (*record)->memo;
    }
    return codings.setMemo(*id, m_memo);
}

Status SetCodingMemoCommand::revert()
{
    auto id = store().codingId(m_coding);
    if (!id)
        return id.error();
    m_coding.id = *id;
    return CodingRepository(store().database()).setMemo(*id, m_before);
}

SetMemoCommand::SetMemoCommand(CodingStore &store, const QString &text, MemoTarget target,
                               qint64 targetId, const QString &memo,
                               const std::optional<CodeRef> &code)
    : StoreCommand(store, text,
                   target == MemoTarget::Code ? CodingStore::Memos | CodingStore::Codebook
                                              : CodingStore::Memos),
      m_target(target), m_targetId(targetId), m_code(code), m_memo(memo)
{
}

Result<qint64> SetMemoCommand::targetId()
{
    if (!m_code)
        return m_targetId;
    auto id = store().codeId(*m_code);
    if (id)
        m_code->id = *id;
    return id;
}

Status SetMemoCommand::apply(bool first)
{
    auto id = targetId();
    if (!id)
        return id.error();
    MemoRepository memos(store().database());
    if (first) {
        auto before = memos.memo(m_target, *id);
        if (!before)
            return before.error();
        m_before = *before;
    }
    return memos.set(m_target, *id, m_memo, store().coder());
}

Status SetMemoCommand::revert()
{
    auto id = targetId();
    if (!id)
        return id.error();
    return restoreMemo(store().database(), m_target, *id, m_before);
}

} // namespace Rapporteur::Gui
