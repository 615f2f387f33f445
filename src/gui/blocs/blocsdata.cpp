#include "blocsdata.h"

#include "blocs/groupcatalog.h"
#include "referencedata/entityregistry.h"
#include "storage/corpusrepository.h"
#include "storage/voterepository.h"

#include <QSet>

#include <algorithm>

namespace Rapporteur::Gui {

QList<Storage::SubmissionRecord> BlocsCorpus::submissionsOf(const QStringList &codes) const
{
    QList<Storage::SubmissionRecord> out;
    for (const QString &code : codes)
        out += submissionsByState.value(code);
    return out;
}

Result<BlocsCorpus> readBlocsCorpus(Storage::Database &db)
{
    BlocsCorpus corpus;
    auto votes = Storage::VoteRepository(db).votes();
    if (!votes)
        return votes.error();
    corpus.votes = std::move(*votes);
    auto groups = Blocs::readGroups(db);
    if (!groups)
        return groups.error();
    corpus.groups = std::move(*groups);
    auto submissions = Storage::CorpusRepository(db).submissions();
    if (!submissions)
        return submissions.error();
    for (Storage::SubmissionRecord &s : *submissions) {
        if (s.entity)
            corpus.submissionsByState[s.entity->code].append(std::move(s));
    }
    return corpus;
}

QList<Storage::VoteRecord> votesWithIds(const QList<Storage::VoteRecord> &votes,
                                        const QList<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QList<Storage::VoteRecord> out;
    for (const Storage::VoteRecord &vote : votes) {
        if (wanted.contains(vote.id))
            out.append(vote);
    }
    return out;
}

namespace {

// Yes, no, abstain, not voting, no vote at all.
int positionRank(const std::optional<VotePosition> &position)
{
    return position ? int(*position) : int(VotePosition::NonVoting) + 1;
}

} // namespace

QList<StatePosition> submittingStatePositions(const Storage::VoteRecord &vote,
                                              const BlocsCorpus &corpus)
{
    const QList<Entity> &table = ReferenceData::EntityRegistry::builtIn().entities();
    QHash<QString, qsizetype> tableOrder;
    for (qsizetype i = 0; i < table.size(); ++i)
        tableOrder.insert(table[i].code, i);
    QList<StatePosition> rows;
    for (auto it = corpus.submissionsByState.cbegin(); it != corpus.submissionsByState.cend(); ++it)
        rows.append({it.key(), vote.positionOf(it.key()), int(it.value().size())});
    std::sort(rows.begin(), rows.end(), [&](const StatePosition &a, const StatePosition &b) {
        const int ra = positionRank(a.position);
        const int rb = positionRank(b.position);
        if (ra != rb)
            return ra < rb;
        const qsizetype oa = tableOrder.value(a.code, table.size());
        const qsizetype ob = tableOrder.value(b.code, table.size());
        return oa != ob ? oa < ob : a.code < b.code;
    });
    return rows;
}

QList<StatePosition> groupDissent(const Blocs::GroupCohesion &cohesion, const BlocsCorpus &corpus)
{
    QList<StatePosition> rows;
    for (const Blocs::MemberPosition &m : cohesion.otherwise)
        rows.append({m.code, m.position, int(corpus.submissionsByState.value(m.code).size())});
    for (const QString &code : cohesion.notVoting)
        rows.append(
            {code, VotePosition::NonVoting, int(corpus.submissionsByState.value(code).size())});
    return rows;
}

QString stateNames(const QString &code)
{
    const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(code);
    return entity ? QStringLiteral("%1 %2").arg(entity->nameZh, entity->nameEn) : code;
}

QString stateTitle(const QString &code)
{
    return QStringLiteral("%1 (%2)").arg(stateNames(code), code);
}

QString stateNameZh(const QString &code)
{
    const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(code);
    return entity ? entity->nameZh : code;
}

QString stateNameEn(const QString &code)
{
    const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(code);
    return entity ? entity->nameEn : code;
}

QString voteTitle(const Storage::VoteRecord &vote, const QList<Storage::VoteRecord> &votes)
{
    const QString key = Blocs::voteKey(vote, votes);
    return vote.subject.isEmpty() ? key : QStringLiteral("%1 %2").arg(key, vote.subject);
}

} // namespace Rapporteur::Gui
