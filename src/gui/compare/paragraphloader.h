#pragma once

#include "gui/common/latestread.h"

#include "storage/records.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Rapporteur::Gui {

// Reads submissions' paragraphs off the GUI thread for several views at once, one slot each (the
// columns of the side-by-side view). Each request runs on the global thread pool with a database
// connection of its own and reports on the GUI thread. A request supersedes only the earlier
// request of its own slot, so four columns load together.
class ParagraphLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParagraphLoader)

public:
    explicit ParagraphLoader(QObject *parent = nullptr);
    // Waits for the requests still running, so that no worker outlives the loader's owner.
    ~ParagraphLoader() override;

    void load(const QString &databasePath, int slot, qint64 submissionId);

signals:
    void paragraphsLoaded(int slot, qint64 submissionId,
                          const QList<Rapporteur::Storage::ParagraphRecord> &paragraphs);
    void paragraphsFailed(int slot, qint64 submissionId, const QString &message);

private:
    LatestReadPerKey<int> m_read{this}; // the latest request of each slot wins
};

} // namespace Rapporteur::Gui
