#pragma once

#include "textspan.h"

#include <QStringView>

#include <optional>

namespace Rapporteur::Segmentation {

// How the reflow finds, in the text of a page, what a link target listed at its end refers to.
// Matched by hand, not by regular expressions: targets and symbols come from the document, and
// no input may decide the shape of a pattern (a long line of links once made patterns PCRE2
// refused).

// Whether `text` cites `cited` (a document symbol, a resolution number, a host name) as a whole:
// not preceded by a digit, "/", a Latin letter or "." and not followed by a digit or "/"
// ("A/77/96" is not cited by "A/77/960"). White space may stand before a bracket
// ("第 1540 (2004) 号决议" cites "1540(2004)").
bool citesDocument(QStringView text, QStringView cited);

// The first place in text[from, to) where the extractor pasted `target` into the running text,
// wrapped like any text: a line break (now a space) may fall between any two of its characters.
std::optional<TextSpan> findPastedTarget(QStringView text, qsizetype from, qsizetype to,
                                         QStringView target);

} // namespace Rapporteur::Segmentation
