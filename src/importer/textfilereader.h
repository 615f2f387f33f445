#pragma once

#include "common/inputfile.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace Rapporteur::Importer {

// A text file decoded to Unicode, with the encoding it was found in.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
};

// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 (with BOM, or without
// one when the zero bytes give it away) and GB18030; line ends of any kind become "\n".
// Empty, binary or undecodable input is an error whose message says which.
Result<DecodedText> decodeText(const QByteArray &bytes);

// Reads a whole file (common/inputfile.h: regular files only, up to maxBytes); a missing file, a
// directory, a device or an unreadable file is an error whose message says which. Every importer
// reads through here.
Result<QByteArray> readFileBytes(const QString &path, qint64 maxBytes = kDefaultMaxInputBytes);

// Reads and decodes a file; a missing file, a directory or an unreadable file is an error.
Result<DecodedText> readTextFile(const QString &path);

} // namespace Rapporteur::Importer
