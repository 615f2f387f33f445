#pragma once

#include "codesnapshot.h"
#include "storecommand.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Rapporteur::Gui {

// The undoable edits of the codebook. Codes are named by guid (codingstore.h: CodeRef), since
// undoing a deletion or a merge brings a code back under a new id.

class CreateCodeCommand final : public StoreCommand
{
public:
    CreateCodeCommand(CodingStore &store, const QString &text, const std::optional<CodeRef> &parent,
                      const QString &name, const QString &colour = {},
                      const QString &description = {});
    // The code made (after applyFirst).
    CodeRef created() const { return m_created; }

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    std::optional<CodeRef> m_parent;
    QString m_name;
    QString m_colour;
    QString m_description;
    CodeRef m_created;
};

// One property of a code: its name, colour or description.
class EditCodeCommand final : public StoreCommand
{
public:
    enum class Field
    {
        Name,
        Colour,
        Description,
    };
    EditCodeCommand(CodingStore &store, const QString &text, const CodeRef &code, Field field,
                    const QString &value);

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    Status write(const QString &value);

    CodeRef m_code;
    Field m_field;
    QString m_value;
    QString m_before;
};

// Under another parent, or to the top level (no parent).
class MoveCodeCommand final : public StoreCommand
{
public:
    MoveCodeCommand(CodingStore &store, const QString &text, const CodeRef &code,
                    const std::optional<CodeRef> &parent);

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    Status moveUnder(const std::optional<CodeRef> &parent);

    CodeRef m_code;
    std::optional<CodeRef> m_parent;
    std::optional<CodeRef> m_before;
};

// `from`'s codings and children go to `into`, its description and memo are appended to
// `into`'s, and `from` is deleted (CodebookRepository::merge). Undoing brings `from` back with
// its guid, memo, children and codings, and gives `into` back its own description and memo.
class MergeCodesCommand final : public StoreCommand
{
public:
    MergeCodesCommand(CodingStore &store, const QString &text, const CodeRef &from,
                      const CodeRef &into);

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    CodeRef m_from;
    CodeRef m_into;
    CodeSnapshot m_fromBefore;
    QString m_intoDescription;
    std::optional<Storage::MemoRecord> m_intoMemo;
    QStringList m_children; // guids of from's children
};

// Deletes a code with its descendants, their memos and (confirmed by the user before the
// command is made) their codings; undoing brings all of it back.
class DeleteCodeCommand final : public StoreCommand
{
public:
    DeleteCodeCommand(CodingStore &store, const QString &text, const CodeRef &code);

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    CodeRef m_code;
    QList<CodeSnapshot> m_subtree;
};

// Reads a REFI-QDA codebook (.qdc) into the codebook; undoing deletes the codes it created.
class ImportCodebookCommand final : public StoreCommand
{
public:
    ImportCodebookCommand(CodingStore &store, const QString &text, const QByteArray &qdc);
    int createdCount() const { return static_cast<int>(m_created.size()); }

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    QByteArray m_qdc;
    QList<CodeSnapshot> m_created; // parents first
};

} // namespace Rapporteur::Gui
