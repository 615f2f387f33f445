#pragma once

#include <QString>

namespace Rapporteur::Workflow {

// Whether a file is one the import reads, as a folder or a drop is sifted before importing: a
// regular file named .pdf or .txt (any case), or one whose first kilobyte holds a PDF's
// signature, by the importer's own test. What the file really holds, the import says.
bool isImportableFile(const QString &path);

} // namespace Rapporteur::Workflow
