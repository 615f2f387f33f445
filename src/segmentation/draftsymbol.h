#pragma once

#include "text/languagerules.h"

#include <QString>

namespace Rapporteur::Segmentation {

// The first document symbol in a text ("决议草案 A/C.1/79/L.53/Rev.1 的审议情况" →
// "A/C.1/79/L.53/Rev.1"); empty when there is none.
QString firstSymbolIn(const QString &text);

// The draft a paragraph speaks of: the first symbol of a paragraph that mentions a draft
// resolution in the document's language; empty when it mentions none. What follows such a
// paragraph in a committee report (sponsors, votes) is about that draft until another is named.
QString mentionedDraft(const QString &text, const Text::LanguageRules &language);

} // namespace Rapporteur::Segmentation
