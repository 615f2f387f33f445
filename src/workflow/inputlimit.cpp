#include "inputlimit.h"

#include "common/inputfile.h"

#include <QSettings>

#include <limits>

namespace Rapporteur::Workflow {

namespace {

constexpr qint64 kMegabyte = 1000 * 1000;

} // namespace

qint64 configuredMaxInputBytes()
{
    bool ok = false;
    const QSettings settings(QStringLiteral("rapporteur"), QStringLiteral("rapporteur"));
    const qint64 megabytes = settings.value(QLatin1String(kMaxInputSettingsKey)).toLongLong(&ok);
    if (!ok || megabytes <= 0 || megabytes > std::numeric_limits<qint64>::max() / kMegabyte)
        return kDefaultMaxInputBytes;
    return megabytes * kMegabyte;
}

void setConfiguredMaxInputBytes(qint64 bytes)
{
    QSettings settings(QStringLiteral("rapporteur"), QStringLiteral("rapporteur"));
    settings.setValue(QLatin1String(kMaxInputSettingsKey), (bytes + kMegabyte - 1) / kMegabyte);
}

} // namespace Rapporteur::Workflow
