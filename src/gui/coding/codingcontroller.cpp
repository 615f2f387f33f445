#include "codingcontroller.h"

#include "codebookmodel.h"
#include "codebookpanel.h"
#include "codingeditor.h"
#include "codingloader.h"
#include "gui/reader/submissionreader.h"
#include "memodialog.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace Rapporteur::Gui {

CodingController::CodingController(const CorpusSession &session, CodingEditor &editor,
                                   CodebookPanel &panel, QObject *parent)
    : QObject(parent), m_session(session), m_editor(editor), m_store(editor.store()),
      m_panel(panel), m_loader(new CodingLoader(this)),
      m_codeAction(new QAction(tr("&Code Selection with the Current Codes"), this))
{
    m_codeAction->setObjectName(QStringLiteral("codeSelectionAction"));
    m_codeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_codeAction->setToolTip(tr("Code the selected text with the codes selected in the "
                                "codebook"));
    connect(m_codeAction, &QAction::triggered, this, [this] { codeSelectionWithCurrentCodes(); });

    connect(&m_store, &CodingStore::changed, this, &CodingController::onStoreChanged);
    connect(m_loader, &CodingLoader::codebookLoaded, this, [this](const CodebookData &data) {
        m_panel.showCodebook(data);
        emit codebookShown();
    });
    connect(m_loader, &CodingLoader::loadFailed, &m_store, [this](const QString &message) {
        m_store.report(Error{ErrorCode::Database, message, {}});
    });
    connect(&m_panel, &CodebookPanel::coderFilterChanged, this, &CodingController::setCoderFilter);
    connect(&m_session, &CorpusSession::changed, this, &CodingController::sessionChanged);
}

CodingController::~CodingController() = default;

void CodingController::sessionChanged(CorpusSession::Changes what)
{
    if (!what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents))
        return;
    // The corpus's documents, for memos on the document on show.
    m_documentIds.clear();
    for (const auto &document : m_session.documents())
        m_documentIds.insert(document.symbol, document.id);
    const QString path = m_session.path();
    if (path != m_store.databasePath()) {
        // The steps of the stack are edits of the other database.
        m_editor.undoStack().clear();
        if (auto opened = m_store.open(path); !opened)
            m_store.report(opened.error());
    }
    if (!m_store.isOpen())
        return;
    m_loader->loadCodebook(path);
    refreshAllMarks();
}

void CodingController::attachReader(SubmissionReader *reader)
{
    if (!reader || m_readers.contains(reader))
        return;
    m_readers.append(reader);
    connect(reader, &SubmissionReader::textShown, this, [this, reader] { refreshMarks(reader); });
    connect(reader, &SubmissionReader::contextMenuAboutToShow, this,
            [this, reader](QMenu *menu, const QPoint &pos) { extendMenu(reader, menu, pos); });
    connect(reader, &QTextEdit::selectionChanged, this, [this, reader] {
        if (reader->textCursor().hasSelection())
            m_lastSelection = reader;
    });
    // The reader's own copy action goes with it; this one is the window's and the menus'.
    refreshMarks(reader);
}

void CodingController::setCoderFilter(const QString &coder)
{
    if (coder == m_coderFilter)
        return;
    m_coderFilter = coder;
    if (m_panel.coderFilter() != coder)
        m_panel.setCoderFilter(coder);
    refreshAllMarks();
}

void CodingController::onStoreChanged(CodingStore::Changes what)
{
    if (what & (CodingStore::Codebook | CodingStore::Codings)) {
        m_loader->loadCodebook(m_store.databasePath());
        refreshAllMarks();
    }
}

void CodingController::refreshMarks(SubmissionReader *reader)
{
    if (!m_store.isOpen())
        return;
    const QPointer<SubmissionReader> target(reader);
    m_loader->loadMarks(m_store.databasePath(), reader, reader->spans().paragraphIds(),
                        m_coderFilter, [target](const QList<CodingMark> &marks) {
                            if (target)
                                target->setCodingMarks(marks);
                        });
}

void CodingController::refreshAllMarks()
{
    m_readers.removeAll(nullptr);
    for (const auto &reader : std::as_const(m_readers))
        refreshMarks(reader);
}

SubmissionReader *CodingController::activeReader() const
{
    for (const auto &reader : m_readers) {
        if (reader && reader->hasFocus() && reader->textCursor().hasSelection())
            return reader;
    }
    if (m_lastSelection && m_lastSelection->textCursor().hasSelection())
        return m_lastSelection;
    return nullptr;
}

QList<CodingRef> CodingController::codeSelection(SubmissionReader *reader,
                                                 const QList<qint64> &codeIds)
{
    const QList<TextSpan> spans = reader ? reader->selectedSpans() : QList<TextSpan>();
    if (spans.isEmpty()) {
        m_store.report(
            Error{ErrorCode::InvalidInput, tr("Select the text to code in a reader first."), {}});
        return {};
    }
    return m_editor.codeSpans(spans, codeIds);
}

QList<CodingRef> CodingController::codeSelectionWithCurrentCodes()
{
    const QList<qint64> codes = m_panel.selectedCodeIds();
    if (codes.isEmpty()) {
        m_store.report(Error{ErrorCode::InvalidInput,
                             tr("Choose a code in the codebook first (View ▸ Codebook)."),
                             {}});
        return {};
    }
    return codeSelection(activeReader(), codes);
}

std::optional<qint64> CodingController::codeSelectionWithNewCode(SubmissionReader *reader,
                                                                 const QString &name)
{
    if (!reader || reader->selectedSpans().isEmpty())
        return std::nullopt;
    const auto id = m_editor.createCode(std::nullopt, name);
    if (id)
        codeSelection(reader, {*id});
    return id;
}

void CodingController::addCodeMenu(QMenu *menu, SubmissionReader *reader,
                                   std::optional<qint64> parent)
{
    for (const auto &code : m_panel.model()->codes()) {
        if (code.parentId != parent)
            continue;
        const qint64 id = code.id;
        const QIcon icon = m_panel.model()
                               ->data(m_panel.model()->indexOfCode(id), Qt::DecorationRole)
                               .value<QPixmap>();
        const bool hasChildren = m_panel.model()->rowCount(m_panel.model()->indexOfCode(id)) > 0;
        QMenu *target = menu;
        if (hasChildren) {
            // A code with sub-codes is a submenu: the code itself first, then its sub-codes.
            target = menu->addMenu(icon, code.name);
        }
        QAction *apply = target->addAction(icon, code.name);
        connect(apply, &QAction::triggered, this,
                [this, reader, id] { codeSelection(reader, {id}); });
        if (hasChildren) {
            target->addSeparator();
            addCodeMenu(target, reader, id);
        }
    }
}

void CodingController::askNewCode(SubmissionReader *reader)
{
    bool ok = false;
    const QString name = QInputDialog::getText(reader->window(), tr("New Code"),
                                               tr("Name of the new code for the selection:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        codeSelectionWithNewCode(reader, name);
}

void CodingController::extendMenu(SubmissionReader *reader, QMenu *menu, const QPoint &viewportPos)
{
    if (!m_store.isOpen())
        return;
    menu->addSeparator();
    QMenu *code = menu->addMenu(tr("Code Selection"));
    code->setObjectName(QStringLiteral("codeSelectionMenu"));
    code->setEnabled(!reader->selectedSpans().isEmpty());
    addCodeMenu(code, reader, std::nullopt);
    if (!code->isEmpty())
        code->addSeparator();
    code->addAction(tr("New Code…"), this, [this, reader] { askNewCode(reader); });
    if (!m_panel.selectedCodeIds().isEmpty() && code->isEnabled()) {
        m_lastSelection = reader;
        menu->addAction(m_codeAction);
    }

    const QList<CodingMark> marks = reader->marksAt(viewportPos);
    for (const CodingMark &mark : marks) {
        QMenu *coding = menu->addMenu(tr("Coding “%1” by %2").arg(mark.codePath, mark.coder));
        const qint64 id = mark.codingId;
        coding->addAction(tr("Memo…"), this, [this, id, mark] {
            editCodingMemo(id, tr("Memo on the coding “%1” of “%2”").arg(mark.codePath, mark.quote),
                           mark.memo);
        });
        coding->addAction(tr("Remove Coding"), this, [this, id] { m_editor.removeCodings({id}); });
    }

    menu->addSeparator();
    if (reader->submissionId() != 0) {
        const qint64 submission = reader->submissionId();
        menu->addAction(tr("Memo on This Submission…"), this, [this, submission] {
            editMemo(Storage::MemoTarget::Submission, submission, tr("Memo on this submission"));
        });
    }
    if (const auto document = m_documentIds.constFind(reader->documentSymbol());
        document != m_documentIds.cend()) {
        const qint64 id = *document;
        const QString symbol = reader->documentSymbol();
        menu->addAction(tr("Memo on %1…").arg(symbol), this, [this, id, symbol] {
            editMemo(Storage::MemoTarget::Document, id, tr("Memo on the document %1").arg(symbol));
        });
    }
}

void CodingController::editCodingMemo(qint64 codingId, const QString &about, const QString &memo)
{
    const auto text = MemoDialog::edit(m_panel.window(), about, memo);
    if (text && *text != memo)
        m_editor.setCodingMemo(codingId, *text);
}

void CodingController::editMemo(Storage::MemoTarget target, qint64 id, const QString &about)
{
    const QString before = m_editor.memo(target, id);
    const auto text = MemoDialog::edit(m_panel.window(), about, before);
    if (text && *text != before)
        m_editor.setMemo(target, id, *text);
}

} // namespace Rapporteur::Gui
