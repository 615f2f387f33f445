#pragma once

#include "textspan.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Rapporteur::Segmentation {

// The first place in text[from, to) where `marker` stands as a footnote marker (the text around
// may be read on both sides of the range). A marker as extraction leaves it is glued after a
// Chinese character or closing punctuation ("清单。1 在", "如下：2", "条约》、1 《") and followed
// by white space or the end; digits after a space or after "." or "/" are ordinary numbers
// ("第 1 段", "Rev.1"), and so are digits followed by a measure word ("、1 票弃权", "、15 个国家").
// A marker the PDF reader saw raised comes as superscript characters ("800,¹ or"): that is a
// marker wherever it stands, unless it is part of a longer superscript number.
// A sign marker ("*", "**", "†") has no raised form and is read as set: right after the word
// or punctuation it marks ("Chad:* draft resolution"), never as part of a longer run of signs.
// Matched by hand, not by a regular expression: the marker comes from the document, and no input
// may decide the shape of a pattern. An empty marker is found nowhere.
std::optional<TextSpan> findFootnoteMarker(QStringView text, qsizetype from, qsizetype to,
                                           const QString &marker);

// A marker made of signs ("*", "**", "†", "‡‡") rather than of digits or letters.
bool isSignMarker(QStringView marker);

} // namespace Rapporteur::Segmentation
