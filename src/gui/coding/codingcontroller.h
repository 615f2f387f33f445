#pragma once

#include "codingstore.h"

#include "gui/common/corpussession.h"

#include "storage/codingrecords.h"
#include "storage/records.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CodebookPanel;
class CodingEditor;
class CodingLoader;
class SubmissionReader;

// Coding in the readers: connects the readers (the reader tab and the side-by-side columns) to
// the codebook dock and the editor. It puts "Code Selection" (every code, or a new one), the
// codings under the pointer (memo, remove) and memos on the submission and document into each
// reader's context menu; applies the dock's current codes to the selection (codeAction, with a
// shortcut); and after every edit, new text or change of the coder filter, reads the marks of
// each reader again in the background, and the codebook. It keeps the coding store on the
// session's database: another database empties the undo stack, whose steps belong to the other.
class CodingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingController)

public:
    CodingController(const CorpusSession &session, CodingEditor &editor, CodebookPanel &panel,
                     QObject *parent = nullptr);
    ~CodingController() override;
    // Shows marks in the reader and adds coding to its context menu; idempotent.
    void attachReader(SubmissionReader *reader);

    // Applies "Code Selection with the Current Codes" (Ctrl+K): the codes selected in the dock.
    QAction *codeAction() const { return m_codeAction; }

    // The mouse-free API (also what the menus call). The reader's selection coded with these
    // codes; returns the codings made.
    QList<CodingRef> codeSelection(SubmissionReader *reader, const QList<qint64> &codeIds);
    // With the codes selected in the dock, in the reader where text was selected last.
    QList<CodingRef> codeSelectionWithCurrentCodes();
    // With a new top-level code of this name; returns its id.
    std::optional<qint64> codeSelectionWithNewCode(SubmissionReader *reader, const QString &name);
    // The reader where text was selected last, if it still has a selection.
    SubmissionReader *activeReader() const;

    QString coderFilter() const { return m_coderFilter; }
    void setCoderFilter(const QString &coder);

    CodingEditor &editor() const { return m_editor; }

signals:
    // The codebook dock shows the codebook as just read.
    void codebookShown();

private:
    // Opens the store on the session's database and reads the codebook and every reader's marks
    // again.
    void sessionChanged(CorpusSession::Changes what);
    void refreshMarks(SubmissionReader *reader);
    void refreshAllMarks();
    void onStoreChanged(CodingStore::Changes what);
    void extendMenu(SubmissionReader *reader, QMenu *menu, const QPoint &viewportPos);
    void addCodeMenu(QMenu *menu, SubmissionReader *reader, std::optional<qint64> parent);
    void askNewCode(SubmissionReader *reader);
    void editCodingMemo(qint64 codingId, const QString &about, const QString &memo);
    void editMemo(Storage::MemoTarget target, qint64 id, const QString &about);

    const CorpusSession &m_session;
    CodingEditor &m_editor;
    CodingStore &m_store;
    CodebookPanel &m_panel;
    CodingLoader *m_loader;
    QAction *m_codeAction;
    QList<QPointer<SubmissionReader>> m_readers;
    QPointer<SubmissionReader> m_lastSelection;
    QHash<QString, qint64> m_documentIds;
    QString m_coderFilter;
};

} // namespace Rapporteur::Gui
