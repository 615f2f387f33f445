#include "samplecorpus.h"

#include "readingchain.h"

#include "coding/qdpximport.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "workflow/importer.h"

#include <memory>

namespace Rapporteur::Fuzz {

namespace {

Storage::Database &sampleCorpus()
{
    static const std::unique_ptr<Storage::Database> db = [] {
        auto opened = Storage::Database::openInMemory();
        if (!opened)
            broken("the in-memory corpus opens");
        NullProgress progress;
        CancelToken cancel;
        Workflow::ImportRequest request;
        request.path = QStringLiteral(RAPPORTEUR_FIXTURES_DIR "/coding-small.zh.txt");
        request.symbol = QStringLiteral("A/00/1");
        if (!Workflow::importFiles(**opened, {request}, progress, cancel))
            broken("the coding fixture imports");
        return std::move(opened).value();
    }();
    return *db;
}

} // namespace

void importIntoSampleCorpus(const QByteArray &archive)
{
    Storage::Database &db = sampleCorpus();
    auto outer = Storage::Transaction::begin(db);
    if (!outer)
        broken("a transaction begins on the sample corpus");
    (void)Coding::importQdpx(db, archive);
    if (!outer->rollback())
        broken("the import rolls back");
}

} // namespace Rapporteur::Fuzz
