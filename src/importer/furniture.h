#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Rapporteur::Importer {

// A running header or footer line of a UN document, recognised by what it is made of: the
// document symbol, a job number "22-09134" with an optional "(C)", a page number "48/68", a
// barcode "*2209134*". A line made only of such tokens is furniture.
struct FurnitureLine
{
    QString symbol;                // when the line names the document symbol
    std::optional<int> pageNumber; // from "N/M"
    std::optional<int> pageCount;
};

std::optional<FurnitureLine> parseFurniture(QStringView line);

} // namespace Rapporteur::Importer
