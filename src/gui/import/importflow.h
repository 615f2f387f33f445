#pragma once

#include "workflow/importrequest.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class ImportController;
class ImportProgress;

// The import as the user meets it: starts an ImportController, shows its progress in an
// ImportProgress (which the window puts in its status bar), asks for the password of an
// encrypted PDF and runs the import again with it, and ends with the summary or the error
// dialog. The window gives it files (from a file dialog, a menu or a drop) and reloads its corpus
// when it hears imported().
class ImportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFlow)

public:
    // Dialogs are children of `window`; so is the progress widget until a status bar takes it.
    explicit ImportFlow(QWidget *window);
    ~ImportFlow() override;

    ImportController *controller() const { return m_controller; }
    ImportProgress *progressWidget() const { return m_progress; }
    bool isRunning() const;

    // Imports the files as one unit. False (and a statusMessage) while an import runs or when
    // there is nothing to import. The files are not filtered: a file the import cannot read
    // ends in the error dialog that says why.
    bool importFiles(const QString &databasePath, const QStringList &paths);
    // Asks for files with a file dialog, then imports them.
    void chooseFiles(const QString &databasePath);

signals:
    void runningChanged(bool running);
    // The import is stored: reload the corpus of databasePath.
    void imported(const QString &databasePath,
                  const QList<Rapporteur::Workflow::ImportSummary> &summaries);
    // One line for the status bar: started, cancelled, failed, refused.
    void statusMessage(const QString &message);

private:
    void askPassword(const QString &file, bool wrongPassword);

    QWidget *m_window;
    ImportController *m_controller;
    ImportProgress *m_progress;
    QString m_lastFolder;
};

} // namespace Rapporteur::Gui
