#pragma once

#include "gui/common/corpussession.h"

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// Gives a document (every language version) another symbol from the corpus tree, as
// `rapporteur-cli rename` does: a provisional DOC-… symbol an import could not do better than,
// or a symbol mistyped with --symbol. It asks for the new symbol (a dialog opened, never run
// modally), writes it off the GUI thread with a connection of its own, and says how it went.
class DocumentRename final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentRename)

public:
    DocumentRename(const CorpusSession &session, QWidget *dialogParent);
    // Waits for a rename still being written.
    ~DocumentRename() override;

    // Asks for the new symbol of this document, then renames it.
    void ask(const QString &symbol);
    // Renames it: renamed, or failed with the reason (a symbol in use, an unknown document, a
    // busy or read-only database).
    void rename(const QString &symbol, const QString &newSymbol);

    bool isRunning() const { return m_running; }

signals:
    void renamed(const QString &symbol, const QString &newSymbol);
    void failed(const QString &message);

private:
    const CorpusSession &m_session;
    QWidget *m_dialogParent;
    bool m_running = false;
};

} // namespace Rapporteur::Gui
