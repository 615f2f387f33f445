#pragma once

#include "gui/reader/paragraphspans.h"
#include "storecommand.h"

#include "storage/codingrecords.h"

#include <QList>

#include <optional>

namespace Rapporteur::Gui {

// The undoable edits of codings and memos. Each keeps what it needs to be undone and redone by
// guid, so that it still finds its rows after another step of the stack brought them back under
// new ids.

// Codes spans of paragraphs: one coding per span and code. A span the coder has already coded
// with the code is left as it is (no duplicates).
class AddCodingsCommand final : public StoreCommand
{
public:
    AddCodingsCommand(CodingStore &store, const QString &text, const QList<TextSpan> &spans,
                      const QList<CodeRef> &codes, const QString &coder);
    // The codings the command made (after applyFirst).
    QList<CodingRef> added() const;

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    Status addFirst();

    QList<TextSpan> m_spans;
    QList<CodeRef> m_codes;
    QString m_coder;
    // What was made, as stored: redoing makes the same rows again (same guids and times).
    QList<std::pair<Storage::CodingRecord, CodeRef>> m_made;
};

class RemoveCodingsCommand final : public StoreCommand
{
public:
    RemoveCodingsCommand(CodingStore &store, const QString &text, const QList<CodingRef> &codings);

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    QList<CodingRef> m_refs;
    QList<std::pair<Storage::CodingRecord, CodeRef>> m_removed;
};

class SetCodingMemoCommand final : public StoreCommand
{
public:
    SetCodingMemoCommand(CodingStore &store, const QString &text, const CodingRef &coding,
                         const QString &memo);

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    CodingRef m_coding;
    QString m_memo;
    QString m_before;
};

// A memo on a code, a submission or a document; an empty text deletes it. A code is named by its
// guid (its id changes when a deletion is undone); submissions and documents by id.
class SetMemoCommand final : public StoreCommand
{
public:
    SetMemoCommand(CodingStore &store, const QString &text, Storage::MemoTarget target,
                   qint64 targetId, const QString &memo, const std::optional<CodeRef> &code = {});

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    Result<qint64> targetId();

    Storage::MemoTarget m_target;
    qint64 m_targetId;
    std::optional<CodeRef> m_code;
    QString m_memo;
    std::optional<Storage::MemoRecord> m_before;
};

} // namespace Rapporteur::Gui
