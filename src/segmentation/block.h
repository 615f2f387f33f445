#pragma once

#include "common/documenttable.h"
#include "common/paragraph.h"

#include <QList>
#include <QString>

namespace Rapporteur::Segmentation {

// A paragraph as the reflow finds it, before the segmenter decides what it is.
struct Block
{
    QString text;
    int page = 0;          // page of its first line
    bool indented = false; // its first line was indented
    QList<Footnote> footnotes;
    QList<Link> links;
    // Where the text of each later page begins: (UTF-16 offset, page). Footnote markers and link
    // mentions are looked for only in the part of the text on the footnote's own page.
    QList<std::pair<int, int>> pageStarts;

    int offsetOfPage(int p) const; // first offset of text on page p (0 for the first page)
    int lastPage() const;
};

// A table where the reflow found it: after block `afterBlock` (-1: before the first).
struct BlockTable
{
    DocumentTable table;
    qsizetype afterBlock = -1;
};

} // namespace Rapporteur::Segmentation
