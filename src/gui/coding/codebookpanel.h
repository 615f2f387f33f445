#pragma once

#include "codingloader.h"

#include <QWidget>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTreeView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CodebookModel;
class CodingEditor;
class OrphanedCodingModel;

// The codebook dock: the tree of codes with their colours and counts, the edits of the codebook
// (new, rename, colour, describe, memo, move, merge, delete, and REFI-QDA .qdc import and
// export), the coder whose marks the readers show, and the codings whose text is gone (orphans),
// always listed. Edits go through the CodingEditor (so onto the undo stack); what is shown comes
// from the background reads the controller hands in (showCodebook).
class CodebookPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookPanel)

public:
    explicit CodebookPanel(CodingEditor &editor, QWidget *parent = nullptr);
    ~CodebookPanel() override;

    // The codebook as last read; keeps which codes are expanded and selected.
    void showCodebook(const CodebookData &codebook);
    bool hasCodebook() const { return m_loaded; }

    CodebookModel *model() const { return m_model; }
    OrphanedCodingModel *orphans() const { return m_orphans; }
    QTreeView *tree() const { return m_tree; }
    // The codes selected in the tree (the current one first); what "Code Selection" applies.
    QList<qint64> selectedCodeIds() const;
    std::optional<qint64> currentCodeId() const;
    // Makes the code current; one not shown yet (just made) is made current once it is.
    bool selectCode(qint64 codeId);

    // The coder whose codings the readers mark; empty: all coders.
    QString coderFilter() const;
    bool setCoderFilter(const QString &coder);

    // The user's answer to a yes-or-no question (deleting a code that has codings). A message
    // box by default; tests answer it themselves.
    void setAsk(std::function<bool(const QString &question)> ask) { m_ask = std::move(ask); }

    // The edits as the toolbar and context menu run them: dialogs first, then the editor.
    void newCode(bool underCurrent);
    void renameCurrent();
    void recolourCurrent();
    void describeCurrent();
    void editCurrentMemo();
    void moveCurrent();
    void mergeCurrent();
    // Deletes the current code; asks first when it or its descendants have codings.
    bool deleteCurrent();
    void importCodebook();
    void exportCodebook();

signals:
    void coderFilterChanged(const QString &coder);
    void currentCodeChanged();
    // An orphan was activated: its document is wanted.
    void documentActivated(const QString &symbol);

private:
    void createActions();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    QStringList expandedGuids() const;
    // Another code, chosen from a list of paths (Move to…, Merge into…); `top` offers the top
    // level. Returns the chosen code's id, nothing for the top level, or cancelled.
    std::optional<std::optional<qint64>> chooseCode(const QString &title, const QString &label,
                                                    bool top) const;
    QWidget *dialogParent() const;

    CodingEditor &m_editor;
    CodebookModel *m_model;
    QTreeView *m_tree;
    OrphanedCodingModel *m_orphans;
    QTreeView *m_orphanView;
    QLabel *m_orphanLabel;
    QComboBox *m_coder;
    QMenu *m_menu;
    QAction *m_new = nullptr;
    QAction *m_newChild = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_colour = nullptr;
    QAction *m_describe = nullptr;
    QAction *m_memo = nullptr;
    QAction *m_move = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    std::function<bool(const QString &)> m_ask;
    std::optional<qint64> m_selectAfterLoad;
    bool m_loaded = false;
};

} // namespace Rapporteur::Gui
