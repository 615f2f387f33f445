#include "block.h"

namespace Rapporteur::Segmentation {

int Block::offsetOfPage(int p) const
{
    if (p <= page)
        return 0;
    for (const auto &[offset, startPage] : pageStarts) {
        if (startPage >= p)
            return offset;
    }
    return static_cast<int>(text.size());
}

int Block::lastPage() const
{
    return pageStarts.isEmpty() ? page : pageStarts.last().second;
}

} // namespace Rapporteur::Segmentation
