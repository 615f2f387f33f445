#pragma once

#include <QAction>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace Rapporteur::Gui {

// Tools ▸ Check Database: runs Storage::checkDatabase (the check behind `rapporteur-cli check`)
// on a connection of its own off the GUI thread, then shows what it found in a message box opened
// with open(), so the window stays usable throughout. One check at a time: the action is disabled
// while one runs.
class DatabaseChecker final : public QObject
{
    Q_OBJECT

public:
    DatabaseChecker(QAction *action, QWidget *window);
    ~DatabaseChecker() override;

    void check(const QString &databasePath);
    bool isRunning() const { return m_running; }
    QMessageBox *resultBox() const { return m_box; }

signals:
    // The result box is open; sound is false for problems and for a check that could not run.
    void finished(bool sound);

private:
    void show(int icon, const QString &text, const QString &details, bool sound);

    QPointer<QAction> m_action;
    QWidget *m_window;
    QPointer<QMessageBox> m_box;
    bool m_running = false;
};

} // namespace Rapporteur::Gui
