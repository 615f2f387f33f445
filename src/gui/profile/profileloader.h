#pragma once

#include "gui/common/latestread.h"

#include "analysis/entityprofile.h"

#include <QObject>
#include <QString>

namespace Rapporteur::Gui {

// Reads a state's profile off the GUI thread, as CorpusLoader reads the corpus: each request runs
// on the global thread pool with a database connection of its own and reports on the GUI thread.
// A request supersedes any earlier one: the results of a superseded request are dropped.
class ProfileLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLoader)

public:
    explicit ProfileLoader(QObject *parent = nullptr);
    // Waits for the request still running, so that no worker outlives the loader's owner.
    ~ProfileLoader() override;

    // The profile of the entity named: a code ("NLD") or any Chinese or English name or alias
    // ("荷兰"), as the corpus writes it. profileLoaded, or profileFailed (unknown name, unreadable
    // database).
    void loadProfile(const QString &databasePath, const QString &entity);

    bool isLoading() const { return m_read.isPending(); }

signals:
    void profileLoaded(const Rapporteur::Analysis::EntityProfile &profile);
    void profileFailed(const QString &entity, const QString &message);

private:
    LatestRead m_read{this};
};

} // namespace Rapporteur::Gui
