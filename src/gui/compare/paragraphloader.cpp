#include "paragraphloader.h"

#include "gui/common/backgroundread.h"

#include "storage/corpusrepository.h"

namespace Rapporteur::Gui {

using Paragraphs = QList<Storage::ParagraphRecord>;

ParagraphLoader::ParagraphLoader(QObject *parent) : QObject(parent) {}

ParagraphLoader::~ParagraphLoader()
{
    waitForBackgroundWork(this);
}

void ParagraphLoader::load(const QString &databasePath, int slot, qint64 submissionId)
{
    auto work = [databasePath, submissionId] {
        return readDatabase<Paragraphs>(databasePath, [submissionId](Storage::Database &db) {
            return Storage::CorpusRepository(db).paragraphsOfSubmission(submissionId);
        });
    };
    m_read.run(slot, std::move(work),
               [this, slot, submissionId](const BackgroundResult<Paragraphs> &r) {
                   if (r.error.isEmpty())
                       emit paragraphsLoaded(slot, submissionId, r.value);
                   else
                       emit paragraphsFailed(slot, submissionId, r.error);
               });
}

} // namespace Rapporteur::Gui
