#pragma once

#include "common/error.h"
#include "workflow/importrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QInputDialog;
class QMessageBox;
class QWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The dialogs an import ends with: what was read, what went wrong with which file, and the
// password of an encrypted PDF. The texts are built apart from the dialogs so that tests read
// them; the dialogs open with open() (window-modal, never a nested event loop), delete
// themselves when closed and are children of `parent`, where tests find them.
class ImportDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Rapporteur::Gui::ImportDialogs)

public:
    ImportDialogs() = delete;

    // One line: how many files, and how many were new, replaced or unchanged.
    static QString summaryHeadline(const QList<Workflow::ImportSummary> &summaries);
    // Per file: symbol, title, file name, outcome, submissions, paragraphs, pages and encoding,
    // then every warning on a line of its own.
    static QString summaryText(const QList<Workflow::ImportSummary> &summaries);
    // Which file could not be imported, what is wrong with it in words, and that nothing was
    // stored. databasePath tells an error about the database from one about an imported file.
    static QString errorText(const QString &file, const Error &error,
                             const QString &databasePath = {}, int fileCount = 1);

    static QMessageBox *showSummary(QWidget *parent,
                                    const QList<Workflow::ImportSummary> &summaries);
    static QMessageBox *showError(QWidget *parent, const QString &file, const Error &error,
                                  const QString &databasePath = {}, int fileCount = 1);
    // Asks for the password of an encrypted PDF; its textValueSelected signal carries it.
    static QInputDialog *askPassword(QWidget *parent, const QString &file, bool wrongPassword);
};

} // namespace Rapporteur::Gui
