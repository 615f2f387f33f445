#pragma once

#include "storage/records.h"
#include "storage/voterecords.h"

#include <QString>

namespace Rapporteur::Test {

// The sample report A/77/96 imported once, through the real workflow, into a database file in a
// temporary folder that lives until the test program ends.
class SampleCorpus final
{
public:
    static QString databasePath();
    // Both sample documents, A/77/96 and the committee report A/79/416 with its three votes, in
    // one database: what a user has after importing data/corpus.
    static QString bothDocumentsPath();
    // A file beside it that is not a database.
    static QString notADatabasePath();

    // Of the database at path; by default the one of databasePath().
    static QList<Storage::DocumentRecord> documents(const QString &path = {});
    static QList<Storage::SubmissionRecord> submissions(const QString &path = {});
    // The three recorded votes of the committee report A/79/416, from a database of its own.
    static QList<Storage::VoteRecord> committeeVotes();
};

} // namespace Rapporteur::Test
