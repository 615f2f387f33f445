#pragma once

#include "storage/rollcallrecords.h"

#include "common/inputfile.h"
#include "common/progress.h"
#include "common/result.h"

#include <QStringList>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::RollCalls {

struct VoteImportSummary
{
    QStringList files;    // as given
    qint64 rollCalls = 0; // read from the files
    qint64 votes = 0;     // rows read or derived: one per state and roll call
    Storage::RollCallStoreCounts stored;
};

// Imports vote files (the UN Digital Library's bulk file; Voeten's un_votes, un_roll_calls and
// un_roll_call_issues, in any order), each gzipped or not, recognised by their header. Every
// file is read, checked and resolved before anything is written, and the whole run is one
// transaction: on any error (the first, with its file and line) the database stays as it was.
Result<VoteImportSummary> importVoteFiles(Storage::Database &db, const QStringList &paths,
                                          qint64 maxInputBytes = kDefaultMaxInputBytes);
// The same with progress (one step per file read, one for Voeten's tables read together, one
// for storing) and Cancel, honoured before each step: a cancelled run is ErrorCode::Cancelled
// and has stored nothing.
Result<VoteImportSummary> importVoteFiles(Storage::Database &db, const QStringList &paths,
                                          qint64 maxInputBytes, ProgressSink &progress,
                                          const CancelToken &cancel);

} // namespace Rapporteur::RollCalls
