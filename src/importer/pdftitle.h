#pragma once

#include "pdflayout.h"

#include <QDate>
#include <QString>

namespace Rapporteur::Importer {

// What the first page of a UN document says of itself below its masthead.
struct FirstPageTitle
{
    QString title;     // "Budget performance of … for the period from 1 July 2024 to 30 June 2025"
    QDate adoptedOn;   // "Resolution adopted by the General Assembly on 26 October 2018"
};

// Reads the title from the first page's geometry: the first lines in its upper part set larger
// than the body type (in a typescript: in capitals), joined across their line breaks. The session block at the left margin
// ("Eightieth session", "Agenda item 99 (bb)" and the agenda item's own title) is not in the
// text column; a resolution's adoption line gives its date of adoption, and its committee
// reference in brackets is passed over; "73/6." before a resolution's title is its number, not
// its title. `bodyLine` says which lines of the page are text (not furniture, not notes).
FirstPageTitle readFirstPageTitle(const PdfPage &page, const QList<bool> &bodyLine, double body,
                                  double textLeft);

} // namespace Rapporteur::Importer
