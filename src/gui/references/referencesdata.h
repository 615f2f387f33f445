#pragma once

#include "analysis/citedby.h"
#include "common/result.h"
#include "storage/records.h"

#include <QList>
#include <QString>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Gui {

// Where a citing paragraph names its target: enough to recognise the passage in a list without
// opening it.
struct CitationExcerpt
{
    QString snippet;        // the words around the first naming, the naming itself in 【】
    QString footnoteMarker; // the footnote it is named in, for a citation from a footnote
    QString context;        // the text it was found in (shortened), for a tooltip
    bool operator==(const CitationExcerpt &) const = default;
};

// Everything the references view shows, read in one go off the GUI thread.
struct ReferencesData
{
    QList<Analysis::CitedTarget> targets;   // as Analysis::readCitedTargets orders them
    QList<QList<CitationExcerpt>> excerpts; // [target][citation], beside targets[i].citations
    Analysis::InstrumentMatrix matrix;
};

// The excerpt of one citation of paragraph. Pure; the caller reads the paragraph.
CitationExcerpt citationExcerpt(const Storage::ParagraphRecord &paragraph,
                                Analysis::TargetKind kind, const QString &target,
                                Analysis::ReferencePlace place);

// "Cited by" for every target, with an excerpt per citation, and the state × instrument matrix.
// Like the core's readers it brings stale stored references up to date first, so it may write.
Result<ReferencesData> readReferences(Storage::Database &db);

} // namespace Rapporteur::Gui
