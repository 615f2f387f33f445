#pragma once

#include "codingstore.h"
#include "gui/reader/paragraphspans.h"

#include "storage/codingrecords.h"

#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// Every edit a user makes while coding, as a step of the undo stack: the one API the reader's
// menus, the codebook dock and the tests call. Each returns whether the edit was made; a refused
// one (a name taken, nothing open) is reported through the store's failed() and leaves no step.
class CodingEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingEditor)

public:
    CodingEditor(CodingStore &store, QUndoStack &undoStack, QObject *parent = nullptr);
    ~CodingEditor() override;

    CodingStore &store() const { return m_store; }
    QUndoStack &undoStack() const { return m_undo; }

    // Codes spans with codes (ids), one coding per span and code, recorded with the store's
    // coder. Returns the codings made.
    QList<CodingRef> codeSpans(const QList<TextSpan> &spans, const QList<qint64> &codeIds);
    bool removeCodings(const QList<qint64> &codingIds);
    bool setCodingMemo(qint64 codingId, const QString &memo);
    // A memo on a code, submission or document; empty deletes it.
    bool setMemo(Storage::MemoTarget target, qint64 targetId, const QString &memo);

    // A new code under parent (none: top level); without a colour it gets one that the codebook
    // uses least. Returns its id.
    std::optional<qint64> createCode(std::optional<qint64> parentId, const QString &name,
                                     const QString &colour = {}, const QString &description = {});
    bool renameCode(qint64 codeId, const QString &name);
    bool setCodeColour(qint64 codeId, const QString &colour);
    bool setCodeDescription(qint64 codeId, const QString &description);
    bool moveCode(qint64 codeId, std::optional<qint64> parentId);
    bool mergeCode(qint64 fromId, qint64 intoId);
    // Deletes the code, its descendants and their codings: the caller has asked the user first
    // when any of them has codings.
    bool deleteCode(qint64 codeId);
    // Reads a REFI-QDA codebook (.qdc); returns the number of codes created, or -1.
    int importCodebook(const QByteArray &qdc);
    // The codebook as a REFI-QDA codebook (.qdc); empty (reported) on failure.
    QByteArray exportCodebook();

    // The memo on a code, submission or document, to show in the memo dialog (a one-row read).
    QString memo(Storage::MemoTarget target, qint64 targetId);

private:
    std::optional<CodeRef> refOf(qint64 codeId);

    CodingStore &m_store;
    QUndoStack &m_undo;
};

} // namespace Rapporteur::Gui
