#include "builtinresource.h"

#include <QFile>

namespace Rapporteur::Text {

QString readBuiltInResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in file %s is missing from the program's resources", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace Rapporteur::Text
