#pragma once

#include "codingstore.h"

#include "common/result.h"

#include <QUndoCommand>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// An undoable edit of the codebook, the codings or the memos, written through the store's
// connection. Each step (do, undo, redo) runs in one transaction, so a failure leaves the
// database as it was; the failure is reported to the user and the command leaves the stack
// (QUndoCommand::setObsolete), since the stack no longer describes the database.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(CodingStore &store, const QString &text, CodingStore::Changes changes);
    ~StoreCommand() override;

    void redo() final;
    void undo() final;

    // Does the edit before the command goes on the stack, so that a refused edit (a name taken,
    // a span out of range) never becomes an undo step. False when it failed (reported).
    bool applyFirst();

    // Undo and redo in the database before the stack moves (see undoStep, redoStep): false when
    // the database did not take it (reported), and the stack must stay where it is.
    bool undoFirst();
    bool redoFirst();

protected:
    // first: the edit as the user asked for it, when the command learns what it needs to undo
    // (the guids and ids it made, the values it replaced); later: the same edit again.
    virtual Status apply(bool first) = 0;
    virtual Status revert() = 0;

    CodingStore &store() const { return m_store; }

private:
    Status inTransaction(bool undoing, bool first);

    CodingStore &m_store;
    CodingStore::Changes m_changes;
    bool m_applied = false;  // by applyFirst or redoFirst: the stack's redo() has nothing to do
    bool m_reverted = false; // by undoFirst: the stack's undo() has nothing to do
};

// Applies the command and, when it succeeded, puts it on the stack; deletes it otherwise.
bool pushCommand(QUndoStack &stack, StoreCommand *command);

// Edit ▸ Undo and Redo. QUndoStack moves its index whether or not a step worked, so a step that
// the database refused (a lost connection, a full disk) would be used up and the user's change
// lost with it. These run the step first and move the stack only when it was stored; a refused
// step stays where it was, to be tried again, and the user is told why.
bool undoStep(QUndoStack &stack);
bool redoStep(QUndoStack &stack);

} // namespace Rapporteur::Gui
