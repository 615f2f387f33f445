#pragma once

#include "matchfinder.h"

#include <QString>

namespace Rapporteur::Search {

// The marks around a hit in a snippet: black lenticular brackets, which the UN texts we have
// never use (they write 《》 and （）), so a mark is not mistaken for the document's own. Where
// exactness matters, the hits' offsets travel beside the snippet (search --json, "matches").
inline constexpr char16_t kHitOpen = u'【';
inline constexpr char16_t kHitClose = u'】';

// An extract of a paragraph: `context` code points either side of its first match, every match
// inside marked 【…】, "…" where the paragraph goes on. A match the window would cut is taken
// whole. No matches: the paragraph's beginning.
QString makeSnippet(const QString &text, const QList<TextMatch> &matches, int context = 30);

} // namespace Rapporteur::Search
