#include "databaselocation.h"

#include <QStandardPaths>

namespace Rapporteur::Workflow {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir + QStringLiteral("/rapporteur/rapporteur.sqlite");
}

} // namespace Rapporteur::Workflow
