#include "codinganalysisdata.h"

#include "coding/codingservice.h"
#include "storage/codebookrepository.h"
#include "storage/corpusrepository.h"
#include "storage/voterepository.h"

#include <QSet>

#include <algorithm>

namespace Rapporteur::Gui {

using Storage::CodingRecord;

Result<CodingAnalysisData> readCodingAnalysis(Storage::Database &db)
{
    CodingAnalysisData data;
    auto codings = Coding::readCodings(db);
    if (!codings)
        return codings.error();
    auto codes = Storage::CodebookRepository(db).codes();
    if (!codes)
        return codes.error();
    auto votes = Storage::VoteRepository(db).votes();
    if (!votes)
        return votes.error();
    data.codings = std::move(*codings);
    data.codes = std::move(*codes);
    data.votes = std::move(*votes);
    for (const CodingRecord &c : std::as_const(data.codings)) {
        if (!data.coders.contains(c.coder))
            data.coders.append(c.coder);
    }
    std::sort(data.coders.begin(), data.coders.end());
    return data;
}

Result<AgreementData> readAgreementData(Storage::Database &db, const QString &first,
                                        const QString &second, bool excludeUncoded)
{
    auto report = Coding::readAgreement(db, first, second, excludeUncoded);
    if (!report)
        return report.error();
    AgreementData data;
    data.report = std::move(*report);

    QSet<qint64> wanted;
    QStringList documents; // each once, in the order met
    for (const Coding::CodeAgreement &c : std::as_const(data.report.codes)) {
        for (const Coding::Disagreement &d : c.disagreements) {
            wanted.insert(d.paragraphId);
            if (!documents.contains(d.document))
                documents.append(d.document);
        }
    }
    if (wanted.isEmpty())
        return data;
    Storage::CorpusRepository corpus(db);
    auto submissions = corpus.submissions();
    if (!submissions)
        return submissions.error();
    QHash<qint64, QString> entityOf;
    for (const Storage::SubmissionRecord &s : std::as_const(*submissions))
        entityOf.insert(s.id, s.entity ? s.entity->code : QString());
    for (const QString &document : std::as_const(documents)) {
        auto paragraphs = corpus.paragraphsOfDocument(document);
        if (!paragraphs)
            return paragraphs.error();
        for (const Storage::ParagraphRecord &p : std::as_const(*paragraphs)) {
            if (wanted.contains(p.id))
                data.paragraphs.insert(
                    p.id,
                    {p.page, p.submissionId ? entityOf.value(*p.submissionId) : QString(), p.text});
        }
    }
    return data;
}

QList<CodingRecord> codingsBy(const QList<CodingRecord> &codings, const QString &coder)
{
    if (coder.isEmpty())
        return codings;
    QList<CodingRecord> out;
    std::copy_if(codings.cbegin(), codings.cend(), std::back_inserter(out),
                 [&](const CodingRecord &c) { return c.coder == coder; });
    return out;
}

QList<CodingRecord> codingsOfCode(const QList<CodingRecord> &codings, const QString &codePath,
                                  bool withSubcodes)
{
    const QString below = codePath + u'/';
    QList<CodingRecord> out;
    std::copy_if(
        codings.cbegin(), codings.cend(), std::back_inserter(out), [&](const CodingRecord &c) {
            return c.codePath == codePath || (withSubcodes && c.codePath.startsWith(below));
        });
    return out;
}

QList<CodingRecord> codingsWithIds(const QList<CodingRecord> &codings, const QList<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QList<CodingRecord> out;
    std::copy_if(codings.cbegin(), codings.cend(), std::back_inserter(out),
                 [&](const CodingRecord &c) { return wanted.contains(c.id); });
    return out;
}

QList<CodingRecord> codingsInParagraphs(const QList<CodingRecord> &codings,
                                        const QList<qint64> &paragraphIds, const QString &codeA,
                                        const QString &codeB)
{
    const QSet<qint64> wanted(paragraphIds.cbegin(), paragraphIds.cend());
    QList<CodingRecord> out;
    std::copy_if(codings.cbegin(), codings.cend(), std::back_inserter(out),
                 [&](const CodingRecord &c) {
                     return !c.anchor.orphaned && wanted.contains(c.anchor.paragraphId) &&
                            (c.codePath == codeA || c.codePath == codeB);
                 });
    return out;
}

} // namespace Rapporteur::Gui
