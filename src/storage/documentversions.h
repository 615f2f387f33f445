#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// A document has one version per language (A/C.1/80/L.4 in Chinese and in English), each a row
// of `document` with the same symbol and its own submissions, paragraphs and ids. The version
// imported first is the document's primary version: what a symbol means when no language is
// asked for, and the one whose votes, sponsors and resolution count, so that a decision recorded
// in two versions counts once. This file is the one owner of that rule.

// The id of the version of `symbol` in `language`, or of its primary version when `language` is
// empty; nothing when there is no such version.
Result<std::optional<qint64>> findVersion(const Database &db, const QString &symbol,
                                          const QString &language = {});

// The error for a version that findVersion did not find, in the words the CLI prints.
Error unknownVersion(const QString &symbol, const QString &language);

// SQL over the alias d (document): d is the primary version of its symbol.
inline constexpr char kIsPrimaryVersion[] =
    "d.id = (SELECT min(x.id) FROM document x WHERE x.symbol = d.symbol)";

} // namespace Rapporteur::Storage
