#pragma once

#include "pdfline.h"

#include "common/sourceline.h"

#include <QList>
#include <QSizeF>

namespace Rapporteur::Importer {

struct PdfPage
{
    QSizeF size;
    QList<PdfLine> lines;
};

// Decides what each line of a PDF is, from the geometry and repetition across pages (see
// readPdf), and returns the lines as the reflow reads them.
SourceText classifyPdfLines(const QList<PdfPage> &pages);

} // namespace Rapporteur::Importer
