#include "codingeditor.h"

#include "codebookcommands.h"
#include "codingcommands.h"

#include "coding/qdacodebook.h"
#include "storage/codebookrepository.h"
#include "storage/memorepository.h"

#include <QUndoStack>

namespace Rapporteur::Gui {

CodingEditor::CodingEditor(CodingStore &store, QUndoStack &undoStack, QObject *parent)
    : QObject(parent), m_store(store), m_undo(undoStack)
{
}

CodingEditor::~CodingEditor() = default;

std::optional<CodeRef> CodingEditor::refOf(qint64 codeId)
{
    auto ref = m_store.codeRef(codeId);
    if (!ref) {
        m_store.report(ref.error());
        return std::nullopt;
    }
    return *ref;
}

QList<CodingRef> CodingEditor::codeSpans(const QList<TextSpan> &spans, const QList<qint64> &codeIds)
{
    if (spans.isEmpty() || codeIds.isEmpty())
        return {};
    QList<CodeRef> codes;
    for (const qint64 id : codeIds) {
        const auto ref = refOf(id);
        if (!ref)
            return {};
        codes << *ref;
    }
    const QString text = codes.size() == 1
                             ? tr("Code Selection")
                             : tr("Code Selection with %n Codes", nullptr, int(codes.size()));
    auto *command = new AddCodingsCommand(m_store, text, spans, codes, m_store.coder());
    if (!command->applyFirst()) {
        delete command;
        return {};
    }
    const QList<CodingRef> added = command->added();
    m_undo.push(command);
    return added;
}

bool CodingEditor::removeCodings(const QList<qint64> &codingIds)
{
    QList<CodingRef> refs;
    for (const qint64 id : codingIds) {
        auto ref = m_store.codingRef(id);
        if (!ref) {
            m_store.report(ref.error());
            return false;
        }
        refs << *ref;
    }
    if (refs.isEmpty())
        return false;
    return pushCommand(m_undo, new RemoveCodingsCommand(m_store, tr("Remove Coding"), refs));
}

bool CodingEditor::setCodingMemo(qint64 codingId, const QString &memo)
{
    auto ref = m_store.codingRef(codingId);
    if (!ref) {
        m_store.report(ref.error());
        return false;
    }
    return pushCommand(m_undo, new SetCodingMemoCommand(m_store, tr("Edit Memo"), *ref, memo));
}

bool CodingEditor::setMemo(Storage::MemoTarget target, qint64 targetId, const QString &memo)
{
    std::optional<CodeRef> code;
    if (target == Storage::MemoTarget::Code) {
        code = refOf(targetId);
        if (!code)
            return false;
    }
    return pushCommand(m_undo,
                       new SetMemoCommand(m_store, tr("Edit Memo"), target, targetId, memo, code));
}

std::optional<qint64> CodingEditor::createCode(std::optional<qint64> parentId, const QString &name,
                                               const QString &colour, const QString &description)
{
    if (!m_store.isOpen())
        return std::nullopt;
    std::optional<CodeRef> parent;
    if (parentId) {
        parent = refOf(*parentId);
        if (!parent)
            return std::nullopt;
    }
    if (auto connected = m_store.ensureConnected(); !connected) {
        m_store.report(connected.error());
        return std::nullopt;
    }
    // Without a colour the codebook gives it one (CodebookRepository::create).
    auto *command = new CreateCodeCommand(m_store, tr("New Code “%1”").arg(name.trimmed()), parent,
                                          name.trimmed(), colour, description);
    if (!command->applyFirst()) {
        delete command;
        return std::nullopt;
    }
    const qint64 id = command->created().id;
    m_undo.push(command);
    return id;
}

bool CodingEditor::renameCode(qint64 codeId, const QString &name)
{
    const auto ref = refOf(codeId);
    return ref &&
           pushCommand(m_undo, new EditCodeCommand(m_store, tr("Rename Code"), *ref,
                                                   EditCodeCommand::Field::Name, name.trimmed()));
}

bool CodingEditor::setCodeColour(qint64 codeId, const QString &colour)
{
    const auto ref = refOf(codeId);
    return ref && pushCommand(m_undo, new EditCodeCommand(m_store, tr("Change Colour"), *ref,
                                                          EditCodeCommand::Field::Colour, colour));
}

bool CodingEditor::setCodeDescription(qint64 codeId, const QString &description)
{
    const auto ref = refOf(codeId);
    return ref && pushCommand(m_undo, new EditCodeCommand(m_store, tr("Describe Code"), *ref,
                                                          EditCodeCommand::Field::Description,
                                                          description));
}

bool CodingEditor::moveCode(qint64 codeId, std::optional<qint64> parentId)
{
    const auto ref = refOf(codeId);
    if (!ref)
        return false;
    std::optional<CodeRef> parent;
    if (parentId) {
        parent = refOf(*parentId);
        if (!parent)
            return false;
    }
    return pushCommand(m_undo, new MoveCodeCommand(m_store, tr("Move Code"), *ref, parent));
}

bool CodingEditor::mergeCode(qint64 fromId, qint64 intoId)
{
    const auto from = refOf(fromId);
    const auto into = from ? refOf(intoId) : std::nullopt;
    return into &&
           pushCommand(m_undo, new MergeCodesCommand(m_store, tr("Merge Codes"), *from, *into));
}

bool CodingEditor::deleteCode(qint64 codeId)
{
    const auto ref = refOf(codeId);
    return ref && pushCommand(m_undo, new DeleteCodeCommand(m_store, tr("Delete Code"), *ref));
}

int CodingEditor::importCodebook(const QByteArray &qdc)
{
    if (!m_store.isOpen())
        return -1;
    auto *command = new ImportCodebookCommand(m_store, tr("Import Codebook"), qdc);
    if (!command->applyFirst()) {
        delete command;
        return -1;
    }
    const int created = command->createdCount();
    if (created == 0) // every code was known: nothing to undo
        delete command;
    else
        m_undo.push(command);
    return created;
}

QByteArray CodingEditor::exportCodebook()
{
    if (!m_store.isOpen())
        return {};
    auto qdc = Coding::exportCodebook(m_store.database());
    if (!qdc) {
        m_store.report(qdc.error());
        return {};
    }
    return *qdc;
}

QString CodingEditor::memo(Storage::MemoTarget target, qint64 targetId)
{
    if (!m_store.isOpen())
        return {};
    auto memo = Storage::MemoRepository(m_store.database()).memo(target, targetId);
    if (!memo) {
        m_store.report(memo.error());
        return {};
    }
    return memo->has_value() ? (*memo)->text : QString();
}

} // namespace Rapporteur::Gui
