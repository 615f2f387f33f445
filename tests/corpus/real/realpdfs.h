#pragma once

#include "common/parseddocument.h"

#include <QString>
#include <QStringList>

namespace Rapporteur::Test {

// The real UN PDFs of ../shared/corpus/real (see its README): the path of one by its name
// ("A-80-630.en"), the names of those with a text layer, and one read as a new user imports it.
// A document is read when a test first asks for it, once per test process.
QString realPdf(const QString &name);
const QStringList &realPdfsWithText();
const ParsedDocument &realDocument(const QString &name);

} // namespace Rapporteur::Test
