#pragma once

#include <QList>
#include <QString>

namespace Rapporteur::Text {

// Sentence boundaries by ICU's sentence break rules (Chinese locale): UTF-16 offsets one past the
// end of each sentence. The last entry is text.size() for non-empty text.
QList<int> sentenceEnds(const QString &text);

} // namespace Rapporteur::Text
