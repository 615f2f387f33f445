#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace Rapporteur::RollCalls {

// The bytes of an input file, decompressed when they are gzip (they start with 1f 8b), as they
// are otherwise. A truncated or damaged gzip stream is an error naming the file; so is a
// decompressed size above maxBytes (the input limit applies to what is read, not only to what
// lies on disk).
Result<QByteArray> gunzipIfCompressed(const QByteArray &data, const QString &shownName,
                                      qint64 maxBytes);

} // namespace Rapporteur::RollCalls
