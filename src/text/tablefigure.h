#pragma once

#include <QString>

namespace Rapporteur::Text {

// Whether a table's cell holds a figure: "40 428.4", "(1 792.9)", "-3.2", "48.7%", "$6,896.8",
// or a dash or ellipsis for nil, with the raised marker of a note after it ("12.5ᵃ", "7*").
// The importer tells a table's rows of figures from its header by it; the reader sets such cells
// flush right.
bool isTableFigure(const QString &cell);

// The same, and holding a digit: a dash alone says nothing of a row.
bool isTableNumber(const QString &cell);

} // namespace Rapporteur::Text
