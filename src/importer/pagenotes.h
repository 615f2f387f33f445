#pragma once

#include "pdflayout.h"

#include <QList>
#include <QString>

namespace Rapporteur::Importer {

// Where a PDF page's notes are and how they open (pdflayout reads the page with them).

// Footnotes are set smaller than the body.
inline constexpr double kFootnoteSize = 0.88;

// The marker a note's first line opens with ("4", "a", "**"); empty when it opens with none.
QString footnoteMarkerOf(const QString &text);

// The footnote rule Word writes into the text layer as underscores.
bool isRule(const QString &text);

// A line that starts with the marker of a note the page calls ("4 A/73/334.").
bool startsCalledNote(const PdfLine &l, const PdfPage &p);

// The line of the page's footnote rule (in its lower part, not furniture); -1 when it has none.
qsizetype footnoteRule(const PdfPage &p, const QList<bool> &setApart);

// Where a page's footnotes begin: after the footnote rule when the text layer has one, else at
// the first small line in the lower part of the page that starts with a marker the page calls
// (raised in its text) and after which every line is small. A figure at the head of a table row
// in small type ("40 428.4") is no note: nothing calls it. -1 when the page has none. Lines set
// apart (furniture, tables) are passed over.
qsizetype footnoteStart(const PdfPage &p, const QList<bool> &setApart, double body);

} // namespace Rapporteur::Importer
