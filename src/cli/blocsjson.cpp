#include "blocsjson.h"

#include "referencedata/entityregistry.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Rapporteur::Cli {

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject stateJson(const QString &code)
{
    const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(code);
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name_zh"), entity ? entity->nameZh : QString()},
                       {QStringLiteral("name_en"), entity ? entity->nameEn : QString()}};
}

QJsonArray statesJson(const QStringList &codes)
{
    QJsonArray out;
    for (const QString &code : codes)
        out.append(stateJson(code));
    return out;
}

QJsonObject voteRefJson(const Storage::VoteRecord &v, const QList<Storage::VoteRecord> &allVotes)
{
    return QJsonObject{{QStringLiteral("key"), Blocs::voteKey(v, allVotes)},
                       {QStringLiteral("document"), v.document},
                       {QStringLiteral("label"), v.label},
                       {QStringLiteral("subject"), v.subject},
                       {QStringLiteral("subject_kind"), voteSubjectKindName(v.subjectKind)},
                       {QStringLiteral("date"), v.date.isValid()
                                                    ? QJsonValue(v.date.toString(Qt::ISODate))
                                                    : QJsonValue()}};
}

QJsonArray votesJson(const QList<Storage::VoteRecord> &votes,
                     const QList<Storage::VoteRecord> &allVotes)
{
    QJsonArray out;
    for (const Storage::VoteRecord &v : votes)
        out.append(voteRefJson(v, allVotes));
    return out;
}

QJsonObject optionsJson(const Blocs::AgreementOptions &options)
{
    return QJsonObject{{QStringLiteral("abstain"), Blocs::abstentionRuleName(options.abstention)},
                       {QStringLiteral("non_voting"), Blocs::nonVotingRuleName(options.nonVoting)}};
}

QJsonArray valuesJson(const QList<QList<std::optional<double>>> &values)
{
    QJsonArray rows;
    for (const auto &row : values) {
        QJsonArray r;
        for (const auto &value : row)
            r.append(orNull(value));
        rows.append(r);
    }
    return rows;
}

} // namespace

QJsonObject voteAgreementJson(const Blocs::BlocAnalysis &analysis,
                              const Blocs::AgreementMatrix &matrix, const QString &order,
                              bool withKappa, const QList<Storage::VoteRecord> &allVotes)
{
    QJsonArray compared;
    for (const QList<int> &row : matrix.compared) {
        QJsonArray r;
        for (const int n : row)
            r.append(n);
        compared.append(r);
    }
    QJsonObject options = optionsJson(matrix.options);
    options.insert(QStringLiteral("order"), order);
    QJsonObject out{
        {QStringLiteral("codes"), QJsonArray::fromStringList(matrix.codes)},
        {QStringLiteral("matrix"), valuesJson(matrix.values)},
        {QStringLiteral("states"), statesJson(matrix.codes)},
        {QStringLiteral("compared"), compared},
        {QStringLiteral("votes"), votesJson(analysis.votes.votes, allVotes)},
        {QStringLiteral("options"), options},
        {QStringLiteral("absent_throughout"),
         QJsonArray::fromStringList(analysis.votes.absentThroughout)},
    };
    if (withKappa) {
        // Computed in the vote matrix's order, then laid out in the matrix's.
        const auto kappa = Blocs::kappaMatrix(analysis.votes, matrix.options.nonVoting);
        QList<QList<std::optional<double>>> laidOut;
        for (const QString &row : matrix.codes) {
            QList<std::optional<double>> r;
            for (const QString &column : matrix.codes)
                r.append(kappa[analysis.votes.indexOf(row)][analysis.votes.indexOf(column)]);
            laidOut.append(r);
        }
        out.insert(QStringLiteral("kappa"), valuesJson(laidOut));
    }
    return out;
}

QJsonObject agreementMapJson(const Blocs::AgreementMap &map, const QString &session,
                             qsizetype votes)
{
    QJsonArray points;
    for (const Blocs::MapPoint &p : map.points) {
        QJsonObject point = stateJson(p.code);
        point.insert(QStringLiteral("group"), p.group.isEmpty() ? QJsonValue() : p.group);
        point.insert(QStringLiteral("x"), p.x);
        point.insert(QStringLiteral("y"), p.y);
        points.append(point);
    }
    return QJsonObject{
        {QStringLiteral("session"), session.isEmpty() ? QJsonValue() : session},
        {QStringLiteral("votes"), votes},
        {QStringLiteral("points"), points},
        {QStringLiteral("left_out"), QJsonArray::fromStringList(map.leftOut)},
        {QStringLiteral("explained"), QJsonArray{map.explained[0], map.explained[1]}}};
}

QJsonObject clustersJson(const Blocs::BlocAnalysis &analysis, int k,
                         const QList<Storage::VoteRecord> &allVotes)
{
    const Blocs::Dendrogram &tree = analysis.dendrogram;
    QJsonArray blocs;
    const QList<QStringList> cut = tree.cutCodes(k);
    for (qsizetype b = 0; b < cut.size(); ++b) {
        blocs.append(QJsonObject{{QStringLiteral("bloc"), int(b + 1)},
                                 {QStringLiteral("size"), int(cut[b].size())},
                                 {QStringLiteral("members"), statesJson(cut[b])}});
    }
    QJsonArray merges;
    for (const Blocs::DendrogramMerge &m : tree.merges) {
        merges.append(QJsonObject{{QStringLiteral("left"), m.left},
                                  {QStringLiteral("right"), m.right},
                                  {QStringLiteral("height"), m.height},
                                  {QStringLiteral("size"), m.size}});
    }
    QStringList order;
    for (const int leaf : tree.leafOrder)
        order.append(tree.leaves[leaf]);
    return QJsonObject{
        {QStringLiteral("k"), int(cut.size())},
        {QStringLiteral("blocs"), blocs},
        {QStringLiteral("dendrogram"),
         QJsonObject{{QStringLiteral("leaves"), QJsonArray::fromStringList(tree.leaves)},
                     {QStringLiteral("order"), QJsonArray::fromStringList(order)},
                     {QStringLiteral("merges"), merges}}},
        {QStringLiteral("votes"), votesJson(analysis.votes.votes, allVotes)},
        {QStringLiteral("options"), optionsJson(analysis.agreement.options)},
        {QStringLiteral("absent_throughout"),
         QJsonArray::fromStringList(analysis.votes.absentThroughout)},
    };
}

QJsonObject cohesionJson(const Blocs::Group &group, const QList<Blocs::GroupCohesion> &cohesion,
                         const QList<Storage::VoteRecord> &allVotes)
{
    QJsonArray votes;
    for (const Blocs::GroupCohesion &c : cohesion) {
        QJsonArray majority;
        for (const VotePosition p : c.majority)
            majority.append(votePositionName(p));
        QJsonArray otherwise;
        for (const Blocs::MemberPosition &m : c.otherwise) {
            QJsonObject state = stateJson(m.code);
            state.insert(QStringLiteral("position"), votePositionName(m.position));
            otherwise.append(state);
        }
        QJsonObject vote = voteRefJson(c.vote, allVotes);
        vote.insert(QStringLiteral("members"), c.members);
        vote.insert(QStringLiteral("voted"), c.voted());
        vote.insert(QStringLiteral("yes"), c.yes);
        vote.insert(QStringLiteral("no"), c.no);
        vote.insert(QStringLiteral("abstain"), c.abstain);
        vote.insert(QStringLiteral("majority"), majority);
        vote.insert(QStringLiteral("tied"), c.tied());
        vote.insert(QStringLiteral("majority_share"), orNull(c.majorityShare));
        vote.insert(QStringLiteral("agreement_index"), orNull(c.agreementIndex));
        vote.insert(QStringLiteral("otherwise"), otherwise);
        vote.insert(QStringLiteral("not_voting"), statesJson(c.notVoting));
        votes.append(vote);
    }
    return QJsonObject{{QStringLiteral("group"), groupJson(group)},
                       {QStringLiteral("votes"), votes}};
}

QJsonObject groupJson(const Blocs::Group &group)
{
    return QJsonObject{{QStringLiteral("short_name"), group.shortName},
                       {QStringLiteral("kind"), Blocs::groupKindName(group.kind)},
                       {QStringLiteral("built_in"), group.isBuiltIn()},
                       {QStringLiteral("name_en"), group.nameEn},
                       {QStringLiteral("name_zh"), group.nameZh},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(group.aliases)},
                       {QStringLiteral("size"), int(group.members.size())},
                       {QStringLiteral("members"), QJsonArray::fromStringList(group.members)}};
}

} // namespace Rapporteur::Cli
