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

} // namespace Rapporteur::Gui
