#include "backgroundread.h"

#include "guilogging.h"

#include "storage/database.h"

#include <QCoreApplication>

#include <exception>

namespace Rapporteur::Gui {

namespace Detail {

bool withDatabase(const QString &path,
                  const std::function<std::optional<Error>(Storage::Database &)> &read,
                  QString &error)
{
    const auto describe = [](const Error &e) {
        if (!e.detail.isEmpty())
            qCWarning(lcGui) << e.userMessage << e.detail;
        return e.userMessage.isEmpty()
                   ? QCoreApplication::translate("Rapporteur::Gui::BackgroundRead",
                                                 "The database could not be read.")
                   : e.userMessage;
    };
    try {
        auto db = Storage::Database::open(path);
        if (!db) {
            error = describe(db.error());
            return false;
        }
        if (const std::optional<Error> failed = read(**db)) {
            error = describe(*failed);
            return false;
        }
    } catch (const std::exception &e) {
        qCCritical(lcGui) << "exception in a background read:" << e.what();
        error = QCoreApplication::translate("Rapporteur::Gui::BackgroundRead",
                                            "An internal error stopped the reading: %1")
                    .arg(QString::fromUtf8(e.what()));
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
