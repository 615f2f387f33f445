#pragma once

#include "importrequest.h"

#include "common/progress.h"
#include "common/result.h"

#include <QList>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Workflow {

// Reads a file and segments it; touches no database, so it can run on any thread.
Result<PreparedImport> prepareImport(const ImportRequest &request, ProgressSink &progress,
                                     const CancelToken &cancel);

// Stores prepared documents in one transaction: all of them, or (on any error) none.
Result<QList<ImportSummary>> storeImports(Storage::Database &db,
                                          const QList<PreparedImport> &imports,
                                          const CancelToken &cancel);

// The progress of a batch of files, for a caller that shows which file is read ("2 of 3"): each
// file's reading by its index in the batch, then the one step that stores them all.
class BatchProgress
{
public:
    virtual ~BatchProgress() = default;
    virtual void fileProgress(int index, qint64 done, qint64 total, const QString &step) = 0;
    virtual void storing() = 0;
};

// Reads, segments and stores a list of files as one unit of work: when any file fails, the
// database is left exactly as it was and the error names that file (in its sentence and as
// Error::file).
Result<QList<ImportSummary>> importFiles(Storage::Database &db,
                                         const QList<ImportRequest> &requests,
                                         BatchProgress &progress, const CancelToken &cancel);
// The same, with every step's progress in one sink.
Result<QList<ImportSummary>> importFiles(Storage::Database &db,
                                         const QList<ImportRequest> &requests,
                                         ProgressSink &progress, const CancelToken &cancel);

} // namespace Rapporteur::Workflow
