#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QProgressDialog;
class QWidget;
QT_END_NAMESPACE

namespace Rapporteur::RollCalls {
struct VoteImportSummary;
}

namespace Rapporteur::Gui {

class VoteImportController;

// What File ▸ Import Voting Record… does in the window: asks for the files, runs the import in the
// background (VoteImportController) behind a progress dialog with Cancel, and says how it ended
// (the window shows a failure: a dialog here would block whoever has no window).
class VoteImportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteImportFlow)

public:
    explicit VoteImportFlow(QWidget *window);
    ~VoteImportFlow() override;

    // A file dialog, then start(); nothing when the user chooses no file.
    void chooseFiles(const QString &databasePath);
    // False while a run is in progress.
    bool start(const QString &databasePath, const QStringList &paths);
    void cancel();
    bool isRunning() const;

    // What an import stored, in one sentence for the status bar.
    static QString summaryText(const RollCalls::VoteImportSummary &summary);

signals:
    void imported(const QString &databasePath, const QString &summary);
    void failed(const QString &message);
    void canceled();

private:
    QWidget *m_window;
    VoteImportController *m_controller;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace Rapporteur::Gui
