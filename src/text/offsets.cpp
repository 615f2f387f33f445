#include "offsets.h"

namespace Rapporteur::Text {

qsizetype toCodePointOffset(QStringView text, qsizetype utf16Offset)
{
    utf16Offset = std::clamp<qsizetype>(utf16Offset, 0, text.size());
    qsizetype points = 0;
    for (qsizetype i = 0; i < utf16Offset; ++i) {
        // A low surrogate completes the code point its high surrogate started.
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++points;
    }
    return points;
}

qsizetype toUtf16Offset(QStringView text, qsizetype codePointOffset)
{
    qsizetype i = 0;
    for (qsizetype points = 0; points < codePointOffset && i < text.size(); ++points) {
        i += (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2
                                                                                                : 1;
    }
    return i;
}

} // namespace Rapporteur::Text
