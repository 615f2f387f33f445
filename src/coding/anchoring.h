#pragma once

#include "storage/codingrecords.h"

#include <QList>

#include <optional>

namespace Rapporteur::Coding {

// How many code points of text on either side of a coding are kept with it: enough to tell two
// occurrences of a short quote apart, short enough not to duplicate the corpus.
constexpr int kContextLength = 30;

// A quote found elsewhere is accepted when quote and matching context together reach this many
// code points (or all there was to match): a two-character quote with no matching context could
// be any occurrence of a common word, and is better left orphaned for the user to see.
constexpr int kMinEvidence = 10;

// The anchor of [start, end) (code points) in the paragraph, with its quote and context. The
// caller checks 0 <= start < end <= the paragraph's length in code points.
Storage::CodingAnchor anchorAt(const Storage::ParagraphText &paragraph, int start, int end);

// The paragraph's length in code points.
int codePointLength(const QString &text);

// Whether the anchor's paragraph is among the paragraphs and still holds the quote at its
// offsets: then nothing needs to move.
bool stillHolds(const Storage::CodingAnchor &anchor,
                const QList<Storage::ParagraphText> &paragraphs);

// Where the quote is now, among a document's paragraphs: every occurrence of the quote is scored
// by how much of the kept context matches around it; ties go to the same paragraph id, then the
// nearest paragraph to the old position, then the nearest offset. Empty: found nowhere with
// enough evidence (see kMinEvidence).
std::optional<Storage::CodingAnchor> relocate(const Storage::CodingAnchor &anchor,
                                              const QList<Storage::ParagraphText> &paragraphs);

} // namespace Rapporteur::Coding
