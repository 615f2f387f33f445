#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace Rapporteur::Gui {

namespace {

const auto kKey = QStringLiteral("recentDatabases");

// One spelling per file: "./a.sqlite", "a.sqlite" and a symbolic link to it are the same entry.
QString normalized(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

// "&" marks a mnemonic in menu texts; a file name's own must show as written.
QString escapedForMenu(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

RecentFiles::RecentFiles(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(iniFile, QSettings::IniFormat)
{
}

RecentFiles::~RecentFiles() = default;

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString file = normalized(path);
    QStringList paths = stored();
    paths.removeAll(file);
    paths.prepend(file);
    store(paths.mid(0, kMaxFiles));
}

void RecentFiles::remove(const QString &path)
{
    QStringList paths = stored();
    if (paths.removeAll(normalized(path)) > 0)
        store(paths);
}

void RecentFiles::clear()
{
    if (!stored().isEmpty())
        store({});
}

QStringList RecentFiles::files()
{
    const QStringList paths = stored();
    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile())
            existing << path;
    }
    if (existing.size() != paths.size())
        store(existing);
    return existing;
}

void RecentFiles::attachMenu(QMenu *menu)
{
    fillMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList paths = files();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QFileInfo info(paths[i]);
        // The folder tells apart two databases of the same name.
        QAction *action = menu->addAction(
            tr("&%1 %2 (%3)")
                .arg(i + 1)
                .arg(escapedForMenu(info.fileName()),
                     escapedForMenu(QDir::toNativeSeparators(info.absolutePath()))));
        action->setObjectName(QStringLiteral("recentFileAction%1").arg(i + 1));
        action->setData(paths[i]);
        action->setStatusTip(QDir::toNativeSeparators(paths[i]));
        const QString path = paths[i];
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (paths.isEmpty()) {
        menu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Menu"), this, &RecentFiles::clear);
    clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
}

QStringList RecentFiles::stored() const
{
    return m_settings.value(kKey).toStringList();
}

void RecentFiles::store(const QStringList &paths)
{
    if (paths.isEmpty())
        m_settings.remove(kKey);
    else
        m_settings.setValue(kKey, paths);
    emit changed();
}

} // namespace Rapporteur::Gui
