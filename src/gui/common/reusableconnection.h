#pragma once

#include "backgroundread.h"

#include "storage/database.h"

#include <QString>

#include <memory>
#include <mutex>

namespace Rapporteur::Gui {

// A database connection that one view keeps from one background read to the next, for reads
// that gain from what a connection remembers: ranked search keeps every paragraph's length with
// its connection (searchindex/rowlengthcache.h, 17 ms to read on 50 MB of text), which a new
// connection per search would read again every time. Reads take turns on it (one mutex): a newer
// query waits for the one before it, as it would for the disk. Commits by other connections (an
// import) are seen as usual; a view drops it (reset) when it is given another database.
//
// Owned through a shared_ptr that the worker's closure holds, so that a read still running when
// the view goes away keeps it alive; the connection is opened on first use, on a worker thread.
class ReusableConnection
{
public:
    // read: Result<T>(Storage::Database &), run under the lock on the connection to `path`.
    template <typename T, typename Read> BackgroundResult<T> read(const QString &path, Read read)
    {
        std::lock_guard lock(m_mutex);
        BackgroundResult<T> out;
        try {
            if (m_db && m_path != path)
                m_db.reset();
            if (!m_db) {
                auto opened = Storage::Database::open(path);
                if (!opened) {
                    out.error = Detail::describeReadError(opened.error());
                    return out;
                }
                m_db = std::move(opened).value();
                m_path = path;
            }
            Result<T> result = read(*m_db);
            if (!result) {
                out.error = Detail::describeReadError(result.error());
                return out;
            }
            out.value = std::move(result).value();
        } catch (const std::exception &e) {
            out = BackgroundResult<T>{};
            out.error = Detail::describeException(e);
        }
        return out;
    }

private:
    std::mutex m_mutex;
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
};

} // namespace Rapporteur::Gui
