#pragma once

#include "common/parseddocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rapporteur::Segmentation {

// One paragraph of one version facing one of the other: indexes into the versions'
// ParsedDocument::paragraphs, -1 on the side that has nothing there (a paragraph one version
// has and the other has not). A paragraph that one version reads as two faces each of them.
// The score, in (0, 1], says how well the two lengths agree with the documents' own ratio of
// lengths (1: as expected), lowered for a paragraph that faces two or nothing.
struct AlignedParagraphs
{
    int left = -1;
    int right = -1;
    double score = 0;
    bool operator==(const AlignedParagraphs &) const = default;
};

// A state's submission in both versions (indexes into ParsedDocument::submissions; -1 where a
// version has no submission of that state), with its paragraphs aligned.
struct AlignedSubmissions
{
    int left = -1;
    int right = -1;
    QString entityCode;
    QList<AlignedParagraphs> paragraphs;
};

struct VersionAlignment
{
    QList<AlignedSubmissions> submissions; // in the left version's order, then the right's rest
    QList<AlignedParagraphs> outside;      // the paragraphs in no submission, in reading order
    // Where the two versions record different facts (a vote's figures or lists, a draft's
    // sponsors): the same document cannot say both, so one of the readings is wrong.
    QStringList differences;
};

// Aligns two language versions of one document (the same symbol): submission with submission by
// the state that wrote it (in order, where a state has several), paragraph with paragraph inside
// each submission and among the paragraphs outside any. Paragraphs numbered alike ("12.") are
// paired first; between them the order and the lengths decide (a dynamic programme over pairs,
// a paragraph facing two and a paragraph facing none, as sentence aligners do), with the ratio
// of lengths learned from the two documents themselves (Chinese runs about a third of English).
VersionAlignment alignVersions(const ParsedDocument &left, const ParsedDocument &right);

// The facts both versions state about the same votes and sponsors, compared (what
// VersionAlignment::differences holds), without aligning the text: what an import checks a new
// version against.
QStringList versionDifferences(const ParsedDocument &left, const ParsedDocument &right);

} // namespace Rapporteur::Segmentation
