// CodebookPanel's edits as the user runs them: the dialogs that ask for a name, a colour, a
// target or a confirmation, then the editor (and so the undo stack).
#include "codebookpanel.h"

#include "codebookmodel.h"
#include "codingeditor.h"
#include "gui/common/filedialogs.h"
#include "gui/reader/codingmark.h"
#include "memodialog.h"

#include "common/inputfile.h"
#include "common/outputfile.h"
#include "common/shownpath.h"
#include "workflow/inputlimit.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QTreeView>

namespace Rapporteur::Gui {

QWidget *CodebookPanel::dialogParent() const
{
    return window();
}

void CodebookPanel::newCode(bool underCurrent)
{
    const std::optional<qint64> parent = underCurrent ? currentCodeId() : std::nullopt;
    if (underCurrent && !parent)
        return;
    const QString label = parent ? tr("Name of the new code under “%1”:")
                                       .arg(m_model->code(m_model->indexOfCode(*parent))->path)
                                 : tr("Name of the new code:");
    bool ok = false;
    const QString name =
        QInputDialog::getText(dialogParent(), tr("New Code"), label, QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (const auto id = m_editor.createCode(parent, name))
        m_selectAfterLoad = *id;
}

void CodebookPanel::renameCurrent()
{
    const auto id = currentCodeId();
    if (!id)
        return;
    const auto *code = m_model->code(m_model->indexOfCode(*id));
    bool ok = false;
    const QString name = QInputDialog::getText(dialogParent(), tr("Rename Code"),
                                               tr("New name of “%1”:").arg(code->path),
                                               QLineEdit::Normal, code->name, &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != code->name)
        m_editor.renameCode(*id, name);
}

void CodebookPanel::recolourCurrent()
{
    const auto id = currentCodeId();
    if (!id)
        return;
    const auto *code = m_model->code(m_model->indexOfCode(*id));
    const QColor colour = QColorDialog::getColor(codeColour(*code), dialogParent(),
                                                 tr("Colour of “%1”").arg(code->path));
    if (colour.isValid())
        m_editor.setCodeColour(*id, colour.name(QColor::HexRgb));
}

void CodebookPanel::describeCurrent()
{
    const auto id = currentCodeId();
    if (!id)
        return;
    const auto *code = m_model->code(m_model->indexOfCode(*id));
    bool ok = false;
    const QString description = QInputDialog::getMultiLineText(
        dialogParent(), tr("Describe Code"),
        tr("What “%1” means, and when to apply it:").arg(code->path), code->description, &ok);
    if (ok && description != code->description)
        m_editor.setCodeDescription(*id, description.trimmed());
}

void CodebookPanel::editCurrentMemo()
{
    const auto id = currentCodeId();
    if (!id)
        return;
    const auto *code = m_model->code(m_model->indexOfCode(*id));
    const QString before = m_editor.memo(Storage::MemoTarget::Code, *id);
    const auto memo =
        MemoDialog::edit(dialogParent(), tr("Memo on the code “%1”").arg(code->path), before);
    if (memo && *memo != before)
        m_editor.setMemo(Storage::MemoTarget::Code, *id, *memo);
}

std::optional<std::optional<qint64>> CodebookPanel::chooseCode(const QString &title,
                                                               const QString &label, bool top) const
{
    const auto id = currentCodeId();
    QStringList paths;
    QList<std::optional<qint64>> ids;
    if (top) {
        paths << tr("(top level)");
        ids << std::nullopt;
    }
    const QString own = id ? m_model->code(m_model->indexOfCode(*id))->path : QString();
    for (const auto &code : m_model->codes()) {
        // Not the code itself nor one of its descendants.
        if (code.path == own || code.path.startsWith(own + QLatin1Char('/')))
            continue;
        paths << code.path;
        ids << code.id;
    }
    if (paths.isEmpty())
        return std::nullopt;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(dialogParent(), title, label, paths, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return ids.value(paths.indexOf(chosen));
}

void CodebookPanel::moveCurrent()
{
    const auto id = currentCodeId();
    if (!id)
        return;
    const auto *code = m_model->code(m_model->indexOfCode(*id));
    const auto target = chooseCode(tr("Move Code"), tr("Move “%1” under:").arg(code->path), true);
    if (target && *target != code->parentId)
        m_editor.moveCode(*id, *target);
}

void CodebookPanel::mergeCurrent()
{
    const auto id = currentCodeId();
    if (!id)
        return;
    const auto *code = m_model->code(m_model->indexOfCode(*id));
    const auto target = chooseCode(tr("Merge Codes"),
                                   tr("Merge “%1” (its codings, sub-codes, description and memo) "
                                      "into:")
                                       .arg(code->path),
                                   false);
    if (target && *target)
        m_editor.mergeCode(*id, **target);
}

bool CodebookPanel::deleteCurrent()
{
    const auto id = currentCodeId();
    if (!id)
        return false;
    const auto *code = m_model->code(m_model->indexOfCode(*id));
    if (const int codings = m_model->totalCodings(*id); codings > 0) {
        const QString question =
            tr("“%1” and its sub-codes have %n coding(s). Delete the code and its codings? "
               "(Edit ▸ Undo brings them back.)",
               nullptr, codings)
                .arg(code->path);
        const bool yes = m_ask ? m_ask(question)
                               : QMessageBox::question(dialogParent(), tr("Delete Code"),
                                                       question) == QMessageBox::Yes;
        if (!yes)
            return false;
    }
    return m_editor.deleteCode(*id);
}

void CodebookPanel::importCodebook()
{
    const QString path = FileDialogs::openFileName(dialogParent(), tr("Import Codebook"), {},
                                                   tr("REFI-QDA codebook (*.qdc);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto bytes = readInputFile(path, Workflow::configuredMaxInputBytes());
    if (!bytes) {
        QMessageBox::warning(
            dialogParent(), tr("Import Codebook"),
            tr("%1 could not be read: %2").arg(shownPath(path), bytes.error().userMessage));
        return;
    }
    const int created = m_editor.importCodebook(*bytes);
    if (created >= 0)
        QMessageBox::information(dialogParent(), tr("Import Codebook"),
                                 tr("%n new code(s) from %1.", nullptr, created).arg(path));
}

void CodebookPanel::exportCodebook()
{
    const QString path = FileDialogs::saveFileName(
        dialogParent(), tr("Export Codebook"), tr("codebook.qdc"), tr("REFI-QDA codebook (*.qdc)"));
    if (path.isEmpty())
        return;
    const QByteArray qdc = m_editor.exportCodebook();
    if (qdc.isEmpty())
        return;
    if (const Status written = writeOutputFile(path, qdc); !written)
        QMessageBox::warning(dialogParent(), tr("Export Codebook"), written.error().userMessage);
}

} // namespace Rapporteur::Gui
