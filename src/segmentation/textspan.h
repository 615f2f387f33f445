#pragma once

#include <QtGlobal>

namespace Rapporteur::Segmentation {

// Where something was found in a paragraph's text: UTF-16 offset and length.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

} // namespace Rapporteur::Segmentation
