#pragma once

#include "common/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <optional>
#include <type_traits>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Gui {

// What a background read hands back to the GUI thread: a value, or a message fit for the user.
// Never an exception: one must not cross the thread boundary.
template <typename T> struct BackgroundResult
{
    T value{};
    QString error; // empty on success
};

namespace Detail {
// The words for the user when a read failed (the detail goes to the log).
QString describeReadError(const Error &error);
QString describeException(const std::exception &exception);

// Opens the database on the calling thread's own connection and runs read(db) on it; false with
// the message in `error` when opening, reading or anything else failed.
bool withDatabase(const QString &path,
                  const std::function<std::optional<Error>(Storage::Database &)> &read,
                  QString &error);
} // namespace Detail

// Reads with a connection of the worker's own (SQLite handles are not shared between threads).
// read: Result<T>(Storage::Database &).
template <typename T, typename Read>
BackgroundResult<T> readDatabase(const QString &path, Read read)
{
    BackgroundResult<T> out;
    const bool readOk = Detail::withDatabase(
        path,
        [&](Storage::Database &db) -> std::optional<Error> {
            Result<T> result = read(db);
            if (!result)
                return result.error();
            out.value = std::move(result).value();
            return std::nullopt;
        },
        out.error);
    if (!readOk)
        out.value = T{};
    return out;
}

// Runs work on the global thread pool and calls onDone with its result on the owner's thread.
// The watcher is a child of the owner, so it dies with it; it deletes itself when done.
template <typename Work, typename Done> void runInBackground(QObject *owner, Work work, Done onDone)
{
    using Payload = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Payload>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, onDone] {
        onDone(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// Waits for the owner's background work still running. Owners call it in their destructor, so
// that no worker outlives them (or the database file a test is about to delete).
void waitForBackgroundWork(QObject *owner);

} // namespace Rapporteur::Gui
