#pragma once

#include "references.h"

#include "common/result.h"
#include "referencedata/termdictionary.h"
#include "storage/records.h"
#include "storage/referencerepository.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Analysis {

// One paragraph citing a target in one place of it.
struct Citation
{
    QString document; // symbol of the citing document
    qint64 paragraph = 0;
    int page = 0;
    std::optional<qint64> submission;
    std::optional<Storage::EntityRef> entity; // the submission's state or organisation
    ReferencePlace place = ReferencePlace::Text;
    int mentions = 1;
};

// How much one state's (or organisation's) submissions cite a target.
struct EntityCitationCount
{
    Storage::EntityRef entity;
    int paragraphs = 0; // distinct citing paragraphs
    int mentions = 0;   // every naming, in every place
};

// A document or instrument and everything in the corpus that cites it.
struct CitedTarget
{
    TargetKind kind = TargetKind::Document;
    QString target; // canonical symbol or instrument id
    std::optional<ReferenceData::DictionaryEntry> instrument;
    std::optional<Storage::DocumentRecord> document; // the corpus's document of that symbol
    QList<Citation> citations;                       // corpus order; a paragraph once per place
    QList<EntityCitationCount> byEntity;             // most citing paragraphs first
    int paragraphs = 0;                              // distinct citing paragraphs
    int mentions = 0;
};

struct TargetQuery
{
    TargetKind kind = TargetKind::Document;
    QString target;
};

// What a user means: an instrument by id, name or alias ("MTCR", "导弹及其技术控制制度",
// "Missile Technology Control Regime"), else a document in any citation form or as a bare
// resolution number ("76/234", "第 1540(2004)号决议", "https://undocs.org/ch/A/77/96").
std::optional<TargetQuery> resolveTarget(
    QStringView query,
    const ReferenceData::TermDictionary &dictionary = ReferenceData::TermDictionary::builtIn());

// Groups stored citations by target. Pure: the caller reads the records.
QList<CitedTarget> groupCitations(const QList<Storage::CitationRecord> &records,
                                  const QList<Storage::DocumentRecord> &documents,
                                  const ReferenceData::TermDictionary &dictionary);

// "Cited by" for one target (with no citations, still the target), or for every cited target:
// documents first, then instruments, each by citing paragraphs. Only reads: a caller that can
// write runs refreshReferences first, for references an older program stored or never stored.
Result<QList<CitedTarget>> readCitedTargets(Storage::Database &db,
                                            const std::optional<TargetQuery> &only = {});

// How often each state's submissions name each treaty, regime and organisation.
struct InstrumentMatrix
{
    QList<Storage::EntityRef> entities;                // every state with a submission
    QList<ReferenceData::DictionaryEntry> instruments; // those named by any, dictionary order
    QList<QList<int>> mentions;                        // [entity][instrument]
};

InstrumentMatrix buildInstrumentMatrix(const QList<Storage::CitationRecord> &instrumentCitations,
                                       const QList<Storage::SubmissionRecord> &submissions,
                                       const ReferenceData::TermDictionary &dictionary);
// Only reads, as readCitedTargets.
Result<InstrumentMatrix> readInstrumentMatrix(Storage::Database &db);

} // namespace Rapporteur::Analysis
