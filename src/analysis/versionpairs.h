#pragma once

#include "common/result.h"
#include "segmentation/versionalignment.h"
#include "storage/storedversion.h"

#include <QString>

#include <optional>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Analysis {

// Two stored language versions of one document, aligned: the alignment's indexes point into
// left.document and right.document, whose ids are in left/right.submissionIds and paragraphIds.
struct VersionPairs
{
    Storage::StoredVersion left;
    Storage::StoredVersion right;
    Segmentation::VersionAlignment alignment;

    qint64 paragraphId(const Storage::StoredVersion &version, int index) const;
    qint64 submissionId(const Storage::StoredVersion &version, int index) const;
    // The submission of the other version that faces submission `id` (of either version), or
    // nothing when the other version has none of that state.
    std::optional<qint64> counterpart(qint64 submissionId) const;
};

// One row of two versions read in parallel: a paragraph and what faces it (0 and '' on a side
// that has nothing there).
struct ParallelRow
{
    qint64 leftId = 0;
    qint64 rightId = 0;
    QString left;
    QString right;
    double score = 0;
};

// The rows of one submission (of either version: its counterpart is the other column), or of the
// whole document for submission 0, in reading order. Empty for a submission of neither version.
QList<ParallelRow> parallelRows(const VersionPairs &pairs, qint64 submissionId = 0);

// Aligns the version of `symbol` in `leftLanguage` with the one in `rightLanguage`. An empty
// left language is the primary version; an empty right language is the first other version.
// A symbol or version that is not stored is ErrorCode::NotFound; a document with one version
// only is ErrorCode::InvalidInput ("has no other language version").
Result<VersionPairs> alignStoredVersions(Storage::Database &db, const QString &symbol,
                                         const QString &leftLanguage = {},
                                         const QString &rightLanguage = {});

} // namespace Rapporteur::Analysis
