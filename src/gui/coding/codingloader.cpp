#include "codingloader.h"

#include "gui/common/backgroundread.h"

#include "coding/codingservice.h"
#include "storage/codebookrepository.h"
#include "storage/codingrepository.h"

#include <QSet>

#include <algorithm>

namespace Rapporteur::Gui {

using namespace Storage;

CodingLoader::CodingLoader(QObject *parent) : QObject(parent) {}

CodingLoader::~CodingLoader()
{
    waitForBackgroundWork(this);
}

void CodingLoader::loadCodebook(const QString &databasePath)
{
    auto work = [databasePath] {
        return readDatabase<CodebookData>(databasePath, [](Database &db) -> Result<CodebookData> {
            CodebookData data;
            auto codes = CodebookRepository(db).codes();
            if (!codes)
                return codes.error();
            data.codes = *codes;
            auto codings = Coding::readCodings(db);
            if (!codings)
                return codings.error();
            QSet<QString> coders;
            for (const CodingRecord &coding : *codings) {
                coders.insert(coding.coder);
                if (coding.anchor.orphaned)
                    data.orphans.append(coding);
            }
            data.coders = QStringList(coders.cbegin(), coders.cend());
            std::sort(data.coders.begin(), data.coders.end());
            return data;
        });
    };
    m_codebookRead.run(std::move(work), [this](const BackgroundResult<CodebookData> &r) {
        if (r.error.isEmpty())
            emit codebookLoaded(r.value);
        else
            emit loadFailed(r.error);
    });
}

void CodingLoader::loadMarks(const QString &databasePath, QObject *reader,
                             const QList<qint64> &paragraphIds, const QString &coder,
                             const std::function<void(const QList<CodingMark> &)> &done)
{
    if (paragraphIds.isEmpty()) {
        m_marksRead.drop(reader);
        done({});
        return;
    }
    auto work = [databasePath, paragraphIds, coder] {
        return readDatabase<QList<CodingMark>>(
            databasePath, [&](Database &db) -> Result<QList<CodingMark>> {
                CodingRepository codings(db);
                // The paragraphs on show are of one document: its codings, then those in view.
                auto first = codings.paragraph(paragraphIds.first());
                if (!first)
                    return first.error();
                if (!first->has_value())
                    return QList<CodingMark>();
                CodingFilter filter;
                filter.documentId = (*first)->documentId;
                filter.coder = coder;
                auto records = codings.codings(filter);
                if (!records)
                    return records.error();
                const QSet<qint64> shown(paragraphIds.cbegin(), paragraphIds.cend());
                QList<CodingRecord> inView;
                for (const CodingRecord &record : *records) {
                    if (shown.contains(record.anchor.paragraphId))
                        inView.append(record);
                }
                auto codes = CodebookRepository(db).codes();
                if (!codes)
                    return codes.error();
                return marksOf(inView, *codes);
            });
    };
    const QPointer<QObject> target(reader);
    m_marksRead.run(reader, std::move(work),
                    [this, target, done](const BackgroundResult<QList<CodingMark>> &r) {
                        if (!target)
                            return; // the reader is gone
                        if (!r.error.isEmpty())
                            emit loadFailed(r.error);
                        done(r.value);
                    });
}

} // namespace Rapporteur::Gui
