#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How list- and date-valued fields are written into single SQLite columns. Internal to the
// storage library; the formats are part of the schema (see migrations/0001_initial.sql).
namespace Rapporteur::Storage::ColumnCodec {

// '' and absent values become NULL for columns where NULL means "none".
std::optional<QString> nullIfEmpty(const QString &value);

// ISO 639-1 codes contain no comma, so a plain comma list stays readable in the sqlite3 shell.
std::optional<QString> encodeLanguages(const QStringList &languages);
QStringList decodeLanguages(const QString &column);

std::optional<QString> encodeDate(const QDate &date); // YYYY-MM-DD
QDate decodeDate(const QString &column);

QString encodeOffsets(const QList<int> &offsets); // "12,40,77"
QList<int> decodeOffsets(const QString &column);

// Names may contain any separator, so aliases go in as a JSON array.
QString encodeStrings(const QStringList &strings);
QStringList decodeStrings(const QString &column);

// The role column of the sponsor table (migrations/0002_votes.sql).
inline constexpr char kMainSponsorRole[] = "main";     // introduced the draft
inline constexpr char kJoinedSponsorRole[] = "joined"; // joined later

} // namespace Rapporteur::Storage::ColumnCodec
