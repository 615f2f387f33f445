#pragma once

#include "common/entity.h"
#include "common/parseddocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Test {

// A small compilation report: a title, one section, one submission by Australia with a heading,
// a body paragraph carrying a footnote and a link, and a list item.
ParsedDocument sampleDocument();
QList<Entity> sampleEntities();
Paragraph bodyParagraph(const QString &text, int submission = -1);

// Every row of every table (sqlite_sequence included), one line per row, tables by name and rows
// by rowid: two equal dumps mean two databases with the same content.
QStringList dumpDatabase(const Storage::Database &db);

// The first column of the first row of a query, as text; for checks outside the repository API.
QString queryValue(const Storage::Database &db, const char *sql);

// Runs SQL on a file through a connection of its own, bypassing Database (which would migrate).
bool execRaw(const QString &path, const char *sql);

QByteArray fileBytes(const QString &path);

// A database file as an earlier program left it: migrations 0001 to `version` applied through a
// connection of its own (our tokenizer registered, as the search migrations need), then `rows`,
// then user_version set. The error of the step that failed; empty on success.
QString createAtSchema(const QString &path, int version, const char *rows);

} // namespace Rapporteur::Test
