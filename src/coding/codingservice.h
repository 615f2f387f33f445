#pragma once

#include "common/result.h"
#include "storage/codingrecords.h"

#include <QList>
#include <QString>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Coding {

// The settings key (organisation and application "rapporteur") where the GUI keeps the current
// coder's name; the command line reads the same key.
inline constexpr char kCoderSettingsKey[] = "coding/coder";

// The coder to record when none is given: $RAPPORTEUR_CODER, then the settings key above, then
// the login name ($USER, $USERNAME). Empty when none is set.
QString defaultCoder();

struct CodingRequest
{
    QString codePath; // names joined by '/'; missing codes are created
    qint64 paragraphId = 0;
    int start = 0; // code points within the paragraph
    int end = 0;
    QString coder;
    QString memo;
};

// Validates the span against the paragraph's text, creates the code path where missing, and
// stores the coding with its quote and context, all in one transaction. Returns its id.
Result<qint64> addCoding(Storage::Database &db, const CodingRequest &request);

struct CodingQuery
{
    QString codePath; // empty: every code
    QString coder;    // empty: every coder
};

// Codings in corpus order with their code paths filled in. An unknown code path is NotFound.
Result<QList<Storage::CodingRecord>> readCodings(Storage::Database &db,
                                                 const CodingQuery &query = {});

} // namespace Rapporteur::Coding
