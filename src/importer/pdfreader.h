#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "common/sourceline.h"

#include <QByteArray>
#include <QString>

namespace Rapporteur::Importer {

// Reads a PDF with Poppler into classified lines, like analyseExtractedText does for text:
// running headers and footers (found by position and repetition), the first page's masthead
// (which becomes the symbol, date and original language), footnotes (smaller type at the foot
// of the page), link annotations, and paragraph breaks from the geometry of the lines.
// Refuses, with a sentence saying why: a file that is not a PDF or is damaged, an encrypted one
// without the right password, one without pages, and one without a text layer (a scan).
// Each call opens its own Poppler document, so calls on different threads do not share one.
Result<SourceText> readPdf(const QString &path, const QByteArray &password, ProgressSink &progress,
                           const CancelToken &cancel);
// The same for the bytes of a PDF already read.
Result<SourceText> readPdfData(const QByteArray &bytes, const QByteArray &password,
                               ProgressSink &progress, const CancelToken &cancel);

// Whether the bytes start like a PDF.
bool looksLikePdf(const QByteArray &bytes);

// The version of the Poppler library in use at run time ("22.12.0"), for an About box.
QString popplerVersion();

} // namespace Rapporteur::Importer
