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
    const quint64 request = ++m_lastRequest;
    m_requests.insert(slot, request);
    auto work = [databasePath, submissionId] {
        return readDatabase<Paragraphs>(databasePath, [submissionId](Storage::Database &db) {
            return Storage::CorpusRepository(db).paragraphsOfSubmission(submissionId);
        });
    };
    runInBackground(this, std::move(work),
                    [this, request, slot, submissionId](const BackgroundResult<Paragraphs> &r) {
                        if (m_requests.value(slot) != request)
                            return; // superseded
                        m_requests.remove(slot);
                        if (r.error.isEmpty())
                            emit paragraphsLoaded(slot, submissionId, r.value);
                        else
                            emit paragraphsFailed(slot, submissionId, r.error);
                    });
}

} // namespace Rapporteur::Gui
