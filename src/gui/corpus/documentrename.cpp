#include "documentrename.h"

#include "gui/common/backgroundread.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QInputDialog>
#include <QWidget>

namespace Rapporteur::Gui {

DocumentRename::DocumentRename(const CorpusSession &session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{
}

DocumentRename::~DocumentRename()
{
    waitForBackgroundWork(this);
}

void DocumentRename::ask(const QString &symbol)
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("renameDocumentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Document"));
    dialog->setLabelText(tr("The new symbol of %1 (every language version):").arg(symbol));
    dialog->setTextValue(symbol);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, symbol](const QString &text) { rename(symbol, text); });
    dialog->open();
}

void DocumentRename::rename(const QString &symbol, const QString &newSymbol)
{
    const QString target = newSymbol.trimmed();
    if (target.isEmpty() || target == symbol)
        return;
    if (m_running || !m_session.isOpen()) {
        emit failed(tr("%1 was not renamed: another rename is being written.").arg(symbol));
        return;
    }
    m_running = true;
    const QString path = m_session.path();
    runInBackground(
        this,
        [path, symbol, target] {
            // A write on a connection of the worker's own, as the reads are (backgroundread.h).
            return readDatabase<bool>(path, [&](Storage::Database &db) -> Result<bool> {
                if (const Status done =
                        Storage::CorpusRepository(db).renameDocument(symbol, target);
                    !done)
                    return done.error();
                return true;
            });
        },
        [this, symbol, target](const BackgroundResult<bool> &written) {
            m_running = false;
            if (written.error.isEmpty())
                emit renamed(symbol, target);
            else
                emit failed(tr("%1 was not renamed: %2").arg(symbol, written.error));
        });
}

} // namespace Rapporteur::Gui
