#pragma once

#include "documenttable.h"
#include "paragraph.h"
#include "recordedvote.h"
#include "submission.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rapporteur {

// What the reading core makes of one source file, before it is stored.
struct ParsedDocument
{
    QString symbol; // "A/77/96"; a provisional one when none was found
    bool symbolProvisional = false;
    QString title;    // "在国际安全领域促进和平利用国际合作"
    QString language; // ISO 639-1 of the text: "zh"
    int pageCount = 0;
    QDate date; // of the document, from a PDF's masthead
    QStringList originalLanguages;
    QList<Submission> submissions;
    QList<Paragraph> paragraphs; // reading order
    QList<RecordedVote> votes;   // recorded votes of a committee report
    QList<Sponsorship> sponsorships;
    QList<ResolutionParagraph> resolution; // the draft resolution the report recommends
    // Notes of the document itself, called from its masthead ("A/80/605*": "Reissued for
    // technical reasons"), not from a paragraph.
    QList<Footnote> notes;
    QList<DocumentTable> tables; // a PDF's tables, in reading order
    QStringList warnings;                  // things the user should know: unresolved names, ...
    QStringList errors; // readings that cannot be right (counted ≠ stated): the import
                        // is refused
};

} // namespace Rapporteur
