#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The databases opened most recently, most recent first, kept in QSettings so that the list
// survives a restart. A path appears once however it was spelled; files that have gone are
// dropped when the list is read, so the menu never offers one that cannot open.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int kMaxFiles = 8;

    // The list in the application's settings.
    explicit RecentFiles(QObject *parent = nullptr);
    // The list in an INI file of one's own: for tests, which must not touch the user's.
    RecentFiles(const QString &iniFile, QObject *parent);
    ~RecentFiles() override;

    // Puts the file first (moving it there if already listed) and forgets the oldest beyond
    // kMaxFiles. Call after a database has opened, not when it was merely asked for.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // The files that still exist, most recent first; the missing ones are forgotten.
    QStringList files();

    // Fills the menu now and again each time it is about to show, so that it follows changes
    // and drops files deleted meanwhile. Choosing an entry emits fileChosen.
    void attachMenu(QMenu *menu);
    void fillMenu(QMenu *menu);

signals:
    void fileChosen(const QString &path);
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList &paths);

    QSettings m_settings;
};

} // namespace Rapporteur::Gui
