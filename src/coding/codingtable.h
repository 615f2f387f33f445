#pragma once

#include "common/result.h"
#include "storage/codingrecords.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Rapporteur::Coding {

// Codings as a flat table, the form spreadsheets and scripts read: one row per coding with
// document, entity code, paragraph id, start and end in code points within the paragraph, quote,
// code path, coder, time, memo, and whether it is orphaned. The CLI's `codings --json` prints the
// same objects.

QStringList codingColumns();
QJsonObject codingToJson(const Storage::CodingRecord &coding);

// A JSON array of codingToJson objects, indented, UTF-8.
QByteArray codingsToJson(const QList<Storage::CodingRecord> &codings);
// RFC 4180: a header row, CRLF line ends, fields quoted where needed; UTF-8 with a byte-order
// mark, without which spreadsheet programs read Chinese as mojibake.
QByteArray codingsToCsv(const QList<Storage::CodingRecord> &codings);

} // namespace Rapporteur::Coding
