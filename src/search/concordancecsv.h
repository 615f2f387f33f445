#pragma once

#include "concordance.h"

#include <QString>

namespace Rapporteur::Search {

// A concordance as CSV (RFC 4180, CRLF), one occurrence a record: document, submission, entity,
// paragraph, page, offset (code points), left, hit, right. What `kwic --csv` prints and the
// concordance view exports.
QString concordanceCsv(const QList<ConcordanceLine> &lines);

} // namespace Rapporteur::Search
