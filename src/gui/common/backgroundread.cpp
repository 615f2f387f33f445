#include "backgroundread.h"

#include "guilogging.h"

#include "storage/database.h"

#include <QCoreApplication>

#include <exception>

namespace Rapporteur::Gui {

namespace Detail {

QString describeReadError(const Error &e)
{
    if (!e.detail.isEmpty())
        qCWarning(lcGui) << e.userMessage << e.detail;
    return e.userMessage.isEmpty() ? QCoreApplication::translate("Rapporteur::Gui::BackgroundRead",
                                                                 "The database could not be read.")
                                   : e.userMessage;
}

QString describeException(const std::exception &e)
{
    qCCritical(lcGui) << "exception in a background read:" << e.what();
    return QCoreApplication::translate("Rapporteur::Gui::BackgroundRead",
                                       "An internal error stopped the reading: %1")
        .arg(QString::fromUtf8(e.what()));
}

bool withDatabase(const QString &path,
                  const std::function<std::optional<Error>(Storage::Database &)> &read,
                  QString &error)
{
    try {
        auto db = Storage::Database::open(path);
        if (!db) {
            error = describeReadError(db.error());
            return false;
        }
        if (const std::optional<Error> failed = read(**db)) {
            error = describeReadError(*failed);
            return false;
        }
    } catch (const std::exception &e) {
        error = describeException(e);
        return false;
    }
    return true;
}

} // namespace Detail

void waitForBackgroundWork(QObject *owner)
{
    for (QFutureWatcherBase *watcher : owner->findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

} // namespace Rapporteur::Gui
