#pragma once

#include "common/parseddocument.h"

#include <QDate>
#include <QString>

namespace Rapporteur::PdfGen {

// How the generated PDF dresses the document: what a UN document's masthead and running
// furniture carry.
struct UnPdfOptions
{
    QString symbol;           // masthead and running header; the document's own when empty
    QString jobNumber;        // "22-09134": footer of every page, barcode on page 1
    QDate date;               // masthead date; none when invalid
    QString originalLanguage; // masthead "原件：英文"; none when empty
    QString organ = QStringLiteral("大会");
};

// Lays a parsed document out as a UN Chinese document on A4 pages and writes it as a PDF: a
// masthead on page 1, the symbol as running header alternating sides, the job number and "N/M"
// in the footer, footnote markers raised in the text with the notes under a rule at the foot of
// their page, and link annotations over the text citing the linked document. Needs a
// QGuiApplication (fonts). Returns an empty string on success, else what went wrong.
QString writeUnPdf(const ParsedDocument &doc, const UnPdfOptions &options, const QString &path);

} // namespace Rapporteur::PdfGen
