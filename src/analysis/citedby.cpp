#include "citedby.h"

#include "referenceindex.h"

#include "storage/corpusrepository.h"
#include "text/symbolcitations.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace Rapporteur::Analysis {

namespace {

QString targetKey(const QString &kind, const QString &target)
{
    return kind + QChar(0x1F) + target;
}

CitedTarget emptyTarget(TargetKind kind, const QString &target,
                        const QList<Storage::DocumentRecord> &documents,
                        const ReferenceData::TermDictionary &dictionary)
{
    CitedTarget t;
    t.kind = kind;
    t.target = target;
    if (kind == TargetKind::Instrument) {
        t.instrument = dictionary.byId(target);
    } else {
        const auto found =
            std::find_if(documents.cbegin(), documents.cend(),
                         [&](const Storage::DocumentRecord &d) { return d.symbol == target; });
        if (found != documents.cend())
            t.document = *found;
    }
    return t;
}

// Counting per target and per entity: each paragraph once, however many places cite from it.
struct Tally
{
    QSet<qint64> paragraphs;
    QHash<QString, qsizetype> entityIndex;
    QHash<QString, QSet<qint64>> entityParagraphs;
};

} // namespace

std::optional<TargetQuery> resolveTarget(QStringView query,
                                         const ReferenceData::TermDictionary &dictionary)
{
    if (const auto entry = dictionary.resolve(query); entry && entry->isInstrument())
        return TargetQuery{TargetKind::Instrument, entry->id};
    if (const QString symbol = Text::symbolFromQuery(query); !symbol.isEmpty())
        return TargetQuery{TargetKind::Document, symbol};
    return std::nullopt;
}

QList<CitedTarget> groupCitations(const QList<Storage::CitationRecord> &records,
                                  const QList<Storage::DocumentRecord> &documents,
                                  const ReferenceData::TermDictionary &dictionary)
{
    QList<CitedTarget> targets;
    QList<Tally> tallies;
    QHash<QString, qsizetype> index;
    for (const Storage::CitationRecord &r : records) {
        const auto kind = targetKindFromName(r.row.targetKind);
        const auto place = referencePlaceFromName(r.row.place);
        if (!kind || !place)
            continue; // written by a newer program: not ours to interpret
        const QString key = targetKey(r.row.targetKind, r.row.target);
        auto found = index.constFind(key);
        if (found == index.cend()) {
            found = index.insert(key, targets.size());
            targets.append(emptyTarget(*kind, r.row.target, documents, dictionary));
            tallies.append(Tally{});
        }
        CitedTarget &t = targets[*found];
        Tally &tally = tallies[*found];
        t.citations.append({r.document, r.row.paragraphId, r.page, r.submissionId, r.entity, *place,
                            r.row.mentions});
        t.mentions += r.row.mentions;
        tally.paragraphs.insert(r.row.paragraphId);
        if (!r.entity)
            continue;
        auto at = tally.entityIndex.constFind(r.entity->code);
        if (at == tally.entityIndex.cend()) {
            at = tally.entityIndex.insert(r.entity->code, t.byEntity.size());
            t.byEntity.append({*r.entity, 0, 0});
        }
        t.byEntity[*at].mentions += r.row.mentions;
        tally.entityParagraphs[r.entity->code].insert(r.row.paragraphId);
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        CitedTarget &t = targets[i];
        t.paragraphs = static_cast<int>(tallies[i].paragraphs.size());
        for (EntityCitationCount &c : t.byEntity)
            c.paragraphs = static_cast<int>(tallies[i].entityParagraphs[c.entity.code].size());
        std::stable_sort(t.byEntity.begin(), t.byEntity.end(), [](const auto &a, const auto &b) {
            return std::tie(b.paragraphs, b.mentions, a.entity.code) <
                   std::tie(a.paragraphs, a.mentions, b.entity.code);
        });
    }
    std::stable_sort(targets.begin(), targets.end(), [](const auto &a, const auto &b) {
        return std::tie(a.kind, b.paragraphs, a.target) < std::tie(b.kind, a.paragraphs, b.target);
    });
    return targets;
}

Result<QList<CitedTarget>> readCitedTargets(Storage::Database &db,
                                            const std::optional<TargetQuery> &only)
{
    const QString kind = only ? targetKindName(only->kind) : QString();
    auto records =
        Storage::ReferenceRepository(db).citations(kind, only ? only->target : QString());
    if (!records)
        return records.error();
    auto documents = Storage::CorpusRepository(db).documents();
    if (!documents)
        return documents.error();
    const auto &dictionary = ReferenceData::TermDictionary::builtIn();
    QList<CitedTarget> targets = groupCitations(*records, *documents, dictionary);
    if (only && targets.isEmpty())
        targets.append(emptyTarget(only->kind, only->target, *documents, dictionary));
    return targets;
}

InstrumentMatrix buildInstrumentMatrix(const QList<Storage::CitationRecord> &instrumentCitations,
                                       const QList<Storage::SubmissionRecord> &submissions,
                                       const ReferenceData::TermDictionary &dictionary)
{
    InstrumentMatrix matrix;
    QHash<QString, qsizetype> row;
    for (const Storage::SubmissionRecord &s : submissions) {
        if (s.entity && !row.contains(s.entity->code)) {
            row.insert(s.entity->code, matrix.entities.size());
            matrix.entities.append(*s.entity);
        }
    }
    QHash<QString, QHash<QString, int>> counts; // instrument id → entity code → mentions
    for (const Storage::CitationRecord &c : instrumentCitations) {
        if (c.row.targetKind == targetKindName(TargetKind::Instrument) && c.entity &&
            row.contains(c.entity->code))
            counts[c.row.target][c.entity->code] += c.row.mentions;
    }
    for (const ReferenceData::DictionaryEntry &e : dictionary.entries()) {
        if (e.isInstrument() && counts.contains(e.id))
            matrix.instruments.append(e);
    }
    for (const Storage::EntityRef &entity : std::as_const(matrix.entities)) {
        QList<int> cells;
        for (const auto &instrument : std::as_const(matrix.instruments))
            cells.append(counts[instrument.id].value(entity.code));
        matrix.mentions.append(cells);
    }
    return matrix;
}

Result<InstrumentMatrix> readInstrumentMatrix(Storage::Database &db)
{
    auto records =
        Storage::ReferenceRepository(db).citations(targetKindName(TargetKind::Instrument));
    if (!records)
        return records.error();
    auto submissions = Storage::CorpusRepository(db).submissions();
    if (!submissions)
        return submissions.error();
    return buildInstrumentMatrix(*records, *submissions, ReferenceData::TermDictionary::builtIn());
}

} // namespace Rapporteur::Analysis
