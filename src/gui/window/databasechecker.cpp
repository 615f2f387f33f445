#include "databasechecker.h"

#include "gui/common/backgroundread.h"

#include "storage/databasecheck.h"

#include <QAction>
#include <QMessageBox>

namespace Rapporteur::Gui {

namespace {
// A damaged file can list a hundred findings; the box shows the first ones, the CLI all of them.
constexpr int kShownFindings = 12;
} // namespace

DatabaseChecker::DatabaseChecker(QAction *action, QWidget *window)
    : QObject(window), m_action(action), m_window(window)
{
}

DatabaseChecker::~DatabaseChecker()
{
    waitForBackgroundWork(this);
}

void DatabaseChecker::check(const QString &databasePath)
{
    if (m_running)
        return;
    if (databasePath.isEmpty()) {
        show(QMessageBox::Information, tr("No database is open."), {}, false);
        return;
    }
    m_running = true;
    m_action->setEnabled(false);
    auto work = [databasePath] {
        return readDatabase<Storage::CheckReport>(
            databasePath, [](Storage::Database &db) { return Storage::checkDatabase(db); });
    };
    runInBackground(this, std::move(work), [this](const BackgroundResult<Storage::CheckReport> &r) {
        m_running = false;
        m_action->setEnabled(true);
        if (!r.error.isEmpty()) {
            show(QMessageBox::Warning, tr("The database could not be checked."), r.error, false);
            return;
        }
        // The findings are the core's own sentences, as the CLI prints them.
        QStringList lines = r.value.notes;
        for (const auto &problem : r.value.problems.mid(0, kShownFindings))
            lines.append(problem.message);
        const auto count = static_cast<int>(r.value.problems.size());
        if (count > kShownFindings)
            lines.append(tr("… and %1 more: `rapporteur-cli check` lists them all.")
                             .arg(count - kShownFindings));
        if (r.value.sound())
            show(QMessageBox::Information, tr("The database is sound."), lines.join(u'\n'), true);
        else
            show(QMessageBox::Warning, tr("%n problem(s) found.", "", count), lines.join(u'\n'),
                 false);
    });
}

void DatabaseChecker::show(int icon, const QString &text, const QString &details, bool sound)
{
    if (m_box)
        m_box->close();
    m_box = new QMessageBox(static_cast<QMessageBox::Icon>(icon), tr("Check Database"), text,
                            QMessageBox::Ok, m_window);
    m_box->setObjectName(QStringLiteral("checkDatabaseResult"));
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->setInformativeText(details);
    m_box->open();
    emit finished(sound);
}

} // namespace Rapporteur::Gui
