#pragma once

#include <QString>
#include <QStringList>

namespace Rapporteur {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &value);
// One record: the fields, quoted as needed, joined by commas, ended by CRLF.
QString csvRow(const QStringList &fields);

} // namespace Rapporteur
