#include "importablefile.h"

#include "common/inputfile.h"
#include "importer/pdfreader.h"

#include <QFileInfo>

namespace Rapporteur::Workflow {

bool isImportableFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("pdf") || suffix == QLatin1String("txt"))
        return true;
    // Read like every input (common/inputfile.h): never a device, a pipe or the open database.
    const auto bytes = readInputPrefix(path, 1024);
    return bytes && Importer::looksLikePdf(*bytes);
}

} // namespace Rapporteur::Workflow
