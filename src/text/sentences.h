#pragma once

#include <QList>
#include <QString>

namespace Rapporteur::Text {

// Sentence boundaries by ICU's sentence break rules (Chinese locale): UTF-16 offsets one past the
// end of each sentence. The last entry is text.size() for non-empty text.
QList<int> sentenceEnds(const QString &text);

// Where the first line-break opportunity after the start of `text` lies (Unicode line breaking,
// as ICU tailors it for Chinese): the end of the first unit a line can hold. The text's length
// when there is none.
qsizetype firstLineBreak(QStringView text);

} // namespace Rapporteur::Text
