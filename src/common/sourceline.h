#pragma once

#include "documenttable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rapporteur {

// What a line of extracted text is, decided by the importer (from whitespace conventions for a
// text file, from geometry for a PDF). The segmentation reads only Text, Footnote and LinkTarget.
enum class LineRole
{
    Text,         // reading text
    FootnoteRule, // the "__________" rule above a page's footnotes
    Footnote,     // a line of a footnote (its first line starts with the marker)
    LinkTarget,   // a URL that extraction placed on a line of its own
    Furniture,    // running header or footer, job number, page number, barcode: dropped
    Table,        // where a table stands (a PDF's): the next of SourceText::tables
};

// Whether the importer knows that a paragraph ends after this line.
enum class LineBreak
{
    Unknown,  // no layout signal: the reflow decides from content
    Continue, // the paragraph goes on in the next text line
    End,      // the paragraph ends here
};

struct SourceLine
{
    QString text; // without layout white space at either end
    int page = 0; // 1-based; for a text file an estimate from page artefacts
    LineRole role = LineRole::Text;
    LineBreak breakAfter = LineBreak::Unknown;
    bool indented = false;       // starts further right than the page's running text
    bool startsFootnote = false; // Footnote role: this line starts a new footnote
    QString footnoteMarker;      // when startsFootnote
    QStringList linkTargets;     // link annotations over this line (PDF)
};

// The importer's whole output for one file: classified lines plus what it learned on the way.
struct SourceText
{
    QList<SourceLine> lines;
    QString symbolFromFurniture; // a document symbol seen as a running header, if any
    int pageCount = 0;
    QDate date;                    // from a PDF's masthead; a resolution's date of adoption
    QString title;                 // from a PDF's first page, when its type sets one apart
    QStringList originalLanguages; // from a masthead "Original: English" / "原件：英文"
    QStringList warnings;
    QList<DocumentTable> tables; // a PDF's tables, each where a Table line stands
    // A PDF's text layer has no white space at line ends: whether "在" at the end of a line and
    // "2022" at the start of the next were spaced apart is not in the file.
    bool lineEndSpacesLost = false;
};

} // namespace Rapporteur
