#include "codebookpanel.h"

#include "codebookmodel.h"
#include "codingeditor.h"
#include "gui/common/pageparts.h"
#include "orphanedcodingmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Rapporteur::Gui {

CodebookPanel::CodebookPanel(CodingEditor &editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_model(new CodebookModel(this)),
      m_tree(new QTreeView(this)), m_orphans(new OrphanedCodingModel(this)),
      m_orphanView(new QTreeView(this)), m_orphanLabel(new QLabel(this)),
      m_coder(new QComboBox(this)), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("codebookPanel"));
    m_tree->setObjectName(QStringLiteral("codebookTree"));
    m_tree->setAccessibleName(tr("Codes"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CodebookModel::CodingsColumn,
                                           QHeaderView::ResizeToContents);

    m_coder->setObjectName(QStringLiteral("coderFilter"));
    m_coder->setAccessibleName(tr("Whose codings the texts show"));
    m_coder->addItem(tr("All coders"), QString());
    auto *coderLabel = new QLabel(tr("&Marks of:"), this);
    coderLabel->setBuddy(m_coder);

    m_orphanView->setObjectName(QStringLiteral("orphanedCodings"));
    m_orphanView->setAccessibleName(tr("Orphaned codings"));
    m_orphanView->setModel(m_orphans);
    m_orphanView->setRootIsDecorated(false);
    m_orphanView->setUniformRowHeights(true);
    m_orphanView->header()->setSectionResizeMode(OrphanedCodingModel::QuoteColumn,
                                                 QHeaderView::Stretch);
    m_orphanView->header()->setStretchLastSection(false);
    m_orphanLabel->setObjectName(QStringLiteral("orphanedCodingsLabel"));
    m_orphanLabel->setWordWrap(true);

    createActions();
    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("codebookTools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The dock is narrow: short texts on the buttons, the rest under More.
    m_new->setIconText(tr("New"));
    m_newChild->setIconText(tr("Sub-code"));
    m_rename->setIconText(tr("Rename"));
    m_delete->setIconText(tr("Delete"));
    for (QAction *action : {m_new, m_newChild, m_rename, m_delete})
        tools->addAction(action);
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("codebookMore"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    for (QAction *action : {m_colour, m_describe, m_memo, m_move, m_merge})
        moreMenu->addAction(action);
    moreMenu->addSeparator();
    moreMenu->addAction(m_import);
    moreMenu->addAction(m_export);
    more->setMenu(moreMenu);
    tools->addWidget(more);

    auto *coderRow = new QHBoxLayout;
    coderRow->addWidget(coderLabel);
    coderRow->addWidget(m_coder, 1);
    QWidget *orphanBox = titledPane(this, m_orphanLabel, m_orphanView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false); // the orphans are never out of sight
    split->addWidget(m_tree);
    split->addWidget(orphanBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tools);
    layout->addLayout(coderRow);
    layout->addWidget(split, 1);

    connect(m_model, &CodebookModel::moveRequested, this,
            [this](qint64 id, std::optional<qint64> under) { m_editor.moveCode(id, under); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        emit currentCodeChanged();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CodebookPanel::updateActions);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CodebookPanel::showContextMenu);
    connect(m_coder, &QComboBox::currentIndexChanged, this,
            [this] { emit coderFilterChanged(coderFilter()); });
    connect(m_orphanView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const auto *orphan = m_orphans->coding(index.row()))
            emit documentActivated(orphan->anchor.documentSymbol);
    });
    showCodebook({});
    m_loaded = false;
}

CodebookPanel::~CodebookPanel() = default;

void CodebookPanel::createActions()
{
    const auto make = [this](const QString &text, void (CodebookPanel::*slot)(),
                             const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_new = new QAction(tr("New Code…"), this);
    m_new->setObjectName(QStringLiteral("newCodeAction"));
    m_new->setToolTip(tr("A new code at the top level"));
    connect(m_new, &QAction::triggered, this, [this] { newCode(false); });
    m_newChild = new QAction(tr("New Sub-code…"), this);
    m_newChild->setObjectName(QStringLiteral("newSubCodeAction"));
    m_newChild->setToolTip(tr("A new code under the current one"));
    connect(m_newChild, &QAction::triggered, this, [this] { newCode(true); });
    m_rename = make(tr("Rename…"), &CodebookPanel::renameCurrent, QStringLiteral("renameCode"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_colour = make(tr("Colour…"), &CodebookPanel::recolourCurrent, QStringLiteral("colourCode"));
    m_describe =
        make(tr("Describe…"), &CodebookPanel::describeCurrent, QStringLiteral("describeCode"));
    m_memo = make(tr("Memo…"), &CodebookPanel::editCurrentMemo, QStringLiteral("codeMemo"));
    m_move = make(tr("Move to…"), &CodebookPanel::moveCurrent, QStringLiteral("moveCode"));
    m_merge = make(tr("Merge into…"), &CodebookPanel::mergeCurrent, QStringLiteral("mergeCode"));
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteCode"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, [this] { deleteCurrent(); });
    addAction(m_delete);
    m_import = make(tr("Import Codebook (.qdc)…"), &CodebookPanel::importCodebook,
                    QStringLiteral("importCodebook"));
    m_export = make(tr("Export Codebook (.qdc)…"), &CodebookPanel::exportCodebook,
                    QStringLiteral("exportCodebook"));
    // Shortcuts of the dock's own, not of the whole window (Delete also deletes text elsewhere).
    for (QAction *action : {m_rename, m_delete})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    for (QAction *action : {m_new, m_newChild, m_rename, m_colour, m_describe, m_memo})
        m_menu->addAction(action);
    m_menu->addSeparator();
    for (QAction *action : {m_move, m_merge, m_delete})
        m_menu->addAction(action);
    m_menu->addSeparator();
    m_menu->addAction(m_import);
    m_menu->addAction(m_export);
}

void CodebookPanel::updateActions()
{
    const bool one = currentCodeId().has_value();
    for (QAction *action :
         {m_newChild, m_rename, m_colour, m_describe, m_memo, m_move, m_merge, m_delete})
        action->setEnabled(one);
}

void CodebookPanel::showContextMenu(const QPoint &pos)
{
    m_menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

QStringList CodebookPanel::expandedGuids() const
{
    QStringList guids;
    for (const auto &code : m_model->codes()) {
        if (m_tree->isExpanded(m_model->indexOfCode(code.id)))
            guids << code.guid;
    }
    return guids;
}

void CodebookPanel::showCodebook(const CodebookData &codebook)
{
    const bool first = !m_loaded;
    const QSet<QString> expanded = [this] {
        const QStringList guids = expandedGuids();
        return QSet<QString>(guids.cbegin(), guids.cend());
    }();
    QSet<QString> known;
    for (const auto &code : m_model->codes())
        known.insert(code.guid);
    QString current;
    if (const auto id = currentCodeId())
        current = m_model->code(m_model->indexOfCode(*id))->guid;

    m_model->setCodes(codebook.codes);
    for (const auto &code : codebook.codes) {
        if (expanded.contains(code.guid))
            m_tree->expand(m_model->indexOfCode(code.id));
        // A new code's parent opens, so that a sub-code just made is in sight.
        if (!known.contains(code.guid) && code.parentId)
            m_tree->expand(m_model->indexOfCode(*code.parentId));
    }
    if (first)
        m_tree->expandAll();
    if (m_selectAfterLoad && selectCode(*std::exchange(m_selectAfterLoad, std::nullopt))) {
        // selected what was just made
    } else {
        for (const auto &code : codebook.codes) {
            if (code.guid == current)
                selectCode(code.id);
        }
    }

    m_orphans->setOrphans(codebook.orphans);
    m_orphanLabel->setText(
        codebook.orphans.isEmpty()
            ? tr("Orphaned codings: none. (A coding whose text a new import removes is kept "
                 "and listed here.)")
            : tr("Orphaned codings: %n whose text is no longer in its document, kept with "
                 "their quotes.",
                 nullptr, static_cast<int>(codebook.orphans.size())));

    // The coders, keeping the one chosen; a chosen coder with no codings left stays listed.
    const QString chosen = coderFilter();
    const QSignalBlocker blocker(m_coder);
    m_coder->clear();
    m_coder->addItem(tr("All coders"), QString());
    QStringList coders = codebook.coders;
    if (!chosen.isEmpty() && !coders.contains(chosen))
        coders << chosen;
    for (const QString &coder : coders)
        m_coder->addItem(coder, coder);
    m_coder->setCurrentIndex(std::max(0, m_coder->findData(chosen)));
    m_loaded = true;
    updateActions();
}

QList<qint64> CodebookPanel::selectedCodeIds() const
{
    QList<qint64> ids;
    if (const auto current = currentCodeId())
        ids << *current;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        if (const auto *code = m_model->code(index); code && !ids.contains(code->id))
            ids << code->id;
    }
    return ids;
}

std::optional<qint64> CodebookPanel::currentCodeId() const
{
    const auto *code = m_model->code(m_tree->currentIndex());
    return code ? std::optional(code->id) : std::nullopt;
}

bool CodebookPanel::selectCode(qint64 codeId)
{
    const QModelIndex index = m_model->indexOfCode(codeId);
    if (!index.isValid()) {
        m_selectAfterLoad = codeId; // just made: selected once the codebook is read again
        return false;
    }
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return true;
}

QString CodebookPanel::coderFilter() const
{
    return m_coder->currentData().toString();
}

bool CodebookPanel::setCoderFilter(const QString &coder)
{
    int index = m_coder->findData(coder);
    if (index < 0) {
        m_coder->addItem(coder, coder);
        index = m_coder->count() - 1;
    }
    m_coder->setCurrentIndex(index);
    return true;
}

} // namespace Rapporteur::Gui
