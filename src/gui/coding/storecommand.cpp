#include "storecommand.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QUndoStack>

#include <utility>

namespace Rapporteur::Gui {

StoreCommand::StoreCommand(CodingStore &store, const QString &text, CodingStore::Changes changes)
    : QUndoCommand(text), m_store(store), m_changes(changes)
{
}

StoreCommand::~StoreCommand() = default;

Status StoreCommand::inTransaction(bool undoing, bool first)
{
    if (!m_store.isOpen())
        return Error{ErrorCode::NotFound, QStringLiteral("no database is open"), {}};
    if (auto connected = m_store.ensureConnected(); !connected)
        return connected;
    auto transaction = Storage::Transaction::begin(m_store.database());
    if (!transaction)
        return transaction.error();
    if (auto done = undoing ? revert() : apply(first); !done)
        return done; // rolled back by the transaction's destructor
    return transaction->commit();
}

bool StoreCommand::applyFirst()
{
    if (auto done = inTransaction(false, true); !done) {
        m_store.report(done.error());
        return false;
    }
    m_applied = true;
    m_store.announce(m_changes);
    return true;
}

bool StoreCommand::undoFirst()
{
    if (auto done = inTransaction(true, false); !done) {
        m_store.report(done.error());
        return false;
    }
    m_reverted = true;
    m_store.announce(m_changes);
    return true;
}

bool StoreCommand::redoFirst()
{
    if (auto done = inTransaction(false, false); !done) {
        m_store.report(done.error());
        return false;
    }
    m_applied = true;
    m_store.announce(m_changes);
    return true;
}

void StoreCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    if (auto done = inTransaction(false, false); !done) {
        setObsolete(true);
        m_store.report(done.error());
        return;
    }
    m_store.announce(m_changes);
}

void StoreCommand::undo()
{
    if (std::exchange(m_reverted, false))
        return;
    if (auto done = inTransaction(true, false); !done) {
        setObsolete(true);
        m_store.report(done.error());
        return;
    }
    m_store.announce(m_changes);
}

bool pushCommand(QUndoStack &stack, StoreCommand *command)
{
    if (!command->applyFirst()) {
        delete command;
        return false;
    }
    stack.push(command);
    return true;
}

namespace {

// The command the stack would undo or redo next, when it is one of ours.
StoreCommand *storeCommandAt(const QUndoStack &stack, int index)
{
    if (index < 0 || index >= stack.count())
        return nullptr;
    return dynamic_cast<StoreCommand *>(const_cast<QUndoCommand *>(stack.command(index)));
}

} // namespace

bool undoStep(QUndoStack &stack)
{
    if (!stack.canUndo())
        return false;
    if (StoreCommand *command = storeCommandAt(stack, stack.index() - 1);
        command && !command->undoFirst())
        return false;
    stack.undo();
    return true;
}

bool redoStep(QUndoStack &stack)
{
    if (!stack.canRedo())
        return false;
    if (StoreCommand *command = storeCommandAt(stack, stack.index());
        command && !command->redoFirst())
        return false;
    stack.redo();
    return true;
}

} // namespace Rapporteur::Gui
