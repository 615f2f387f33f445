#pragma once

#include <QString>

namespace Rapporteur::Test {

// Every row of every table of the database at `path`, in a fixed order, read on a connection of
// its own: "the import changed nothing" means this text is the same before and after. (SQLite's
// file bytes are no measure: in WAL mode a rolled-back transaction may still touch the files.)
QString corpusSnapshot(const QString &path);

// How many documents the database at `path` holds, or -1 when it cannot be read.
int documentCount(const QString &path);

} // namespace Rapporteur::Test
