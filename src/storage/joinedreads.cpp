#include "joinedreads.h"

namespace Rapporteur::Storage {

Footnote footnoteAt(const Statement &row, int column)
{
    const int anchorColumn = column + 2;
    const bool anchored = anchorColumn < row.columnCount() && !row.isNull(anchorColumn);
    return Footnote{row.columnText(column), row.columnText(column + 1),
                    anchored ? row.columnInt(anchorColumn) : -1};
}

} // namespace Rapporteur::Storage
