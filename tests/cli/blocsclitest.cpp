// agreement (between states' votes), clusters, cohesion and groups as scripts use them: JSON
// shapes, options and exit statuses, on the two sample documents (A/79/416 holds three votes).
// Expected values are derived here from `votes --json`; the measures themselves are checked by
// hand in test_blocs.
#include "clisamples.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

using Rapporteur::Test::CliResult;

class BlocsCli : public Rapporteur::Test::CliOnSamples
{
protected:
    // code → its position on each sample vote, from `votes --json`.
    static QHash<QString, QStringList> positions()
    {
        QHash<QString, QStringList> out;
        const QJsonArray votes = json({QStringLiteral("votes"), QStringLiteral("--json")}).array();
        for (qsizetype v = 0; v < votes.size(); ++v) {
            for (const char *list : {"yes", "no", "abstain"}) {
                for (const auto &e : votes[v].toObject().value(QLatin1String(list)).toArray()) {
                    QStringList &row = out[e.toObject().value(QStringLiteral("code")).toString()];
                    row.resize(votes.size());
                    row[v] = QString::fromLatin1(list);
                }
            }
        }
        return out;
    }
    static QJsonObject agreement(QStringList options)
    {
        return json(QStringList{QStringLiteral("agreement"), QStringLiteral("--json")} + options)
            .object();
    }
    static std::optional<double> cell(const QJsonObject &a, const QString &x, const QString &y)
    {
        const QStringList codes = a.value(QStringLiteral("codes")).toVariant().toStringList();
        const auto i = codes.indexOf(x);
        const auto j = codes.indexOf(y);
        if (i < 0 || j < 0)
            return std::nullopt;
        const QJsonValue v = a.value(QStringLiteral("matrix")).toArray()[i].toArray()[j];
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    }
};

QStringList codesOf(const QJsonArray &states)
{
    QStringList codes;
    for (const auto &s : states)
        codes.append(s.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

} // namespace

TEST_F(BlocsCli, AgreementIsASquareMatrixOverTheStatesThatVoted)
{
    const QJsonObject a = agreement({});
    const QJsonArray codes = a.value(QStringLiteral("codes")).toArray();
    const QJsonArray matrix = a.value(QStringLiteral("matrix")).toArray();
    const auto voted = positions();
    ASSERT_EQ(codes.size(), voted.size());
    ASSERT_EQ(matrix.size(), codes.size());
    for (qsizetype i = 0; i < matrix.size(); ++i) {
        const QJsonArray row = matrix[i].toArray();
        ASSERT_EQ(row.size(), codes.size());
        EXPECT_EQ(row[i].toDouble(), 1.0);
        for (const auto &v : row)
            EXPECT_TRUE(v.isNull() || (v.toDouble() >= 0 && v.toDouble() <= 1));
    }
    for (const char *field : {"states", "compared", "votes", "options", "absent_throughout"})
        EXPECT_TRUE(a.contains(QLatin1String(field))) << field;
    EXPECT_EQ(a.value(QStringLiteral("votes")).toArray().size(), 3);
    EXPECT_EQ(codesOf(a.value(QStringLiteral("states")).toArray()).size(), codes.size());

    // Two states in the same list of every vote agree fully; two always in yes and no lists not
    // at all.
    const auto nld = voted.value(QStringLiteral("NLD"));
    ASSERT_EQ(nld, voted.value(QStringLiteral("DEU")));
    EXPECT_EQ(cell(a, QStringLiteral("NLD"), QStringLiteral("DEU")), 1.0);
    ASSERT_EQ(voted.value(QStringLiteral("CHN")), QStringList(3, QStringLiteral("yes")));
    ASSERT_EQ(nld, QStringList(3, QStringLiteral("no")));
    EXPECT_EQ(cell(a, QStringLiteral("NLD"), QStringLiteral("CHN")), 0.0);
}

TEST_F(BlocsCli, AbstentionAndNonVotingOptions)
{
    // Chile abstained on every vote and China voted yes: ½ each, or 0 when an abstention
    // disagrees.
    const auto voted = positions();
    ASSERT_EQ(voted.value(QStringLiteral("CHL")), QStringList(3, QStringLiteral("abstain")));
    const QJsonObject half = agreement({});
    EXPECT_EQ(cell(half, QStringLiteral("CHL"), QStringLiteral("CHN")), 0.5);
    const QJsonObject disagree =
        agreement({QStringLiteral("--abstain"), QStringLiteral("disagree")});
    EXPECT_EQ(cell(disagree, QStringLiteral("CHL"), QStringLiteral("CHN")), 0.0);
    EXPECT_EQ(disagree.value(QStringLiteral("options")).toObject().value(QStringLiteral("abstain")),
              QStringLiteral("disagree"));
    // Kenya voted on (c) alone (yes): with China 1 over that vote, or 1 of 3 when not voting
    // counts as a position.
    ASSERT_EQ(voted.value(QStringLiteral("KEN")),
              (QStringList{QString(), QString(), QStringLiteral("yes")}));
    EXPECT_EQ(cell(half, QStringLiteral("KEN"), QStringLiteral("CHN")), 1.0);
    const QJsonObject count = agreement({QStringLiteral("--non-voting"), QStringLiteral("count")});
    EXPECT_DOUBLE_EQ(*cell(count, QStringLiteral("KEN"), QStringLiteral("CHN")), 1.0 / 3);

    for (const char *bad : {"--abstain=zero", "--non-voting=skip", "--order=size"})
        EXPECT_EQ(run({QStringLiteral("agreement"), QString::fromLatin1(bad)}).exitCode, 1) << bad;
}

TEST_F(BlocsCli, ClusterOrderIsAPermutationWithTheSameValues)
{
    const QJsonObject byName = agreement({});
    const QJsonObject byCluster = agreement({QStringLiteral("--order"), QStringLiteral("cluster")});
    QStringList a, b;
    for (const auto &v : byName.value(QStringLiteral("codes")).toArray())
        a.append(v.toString());
    for (const auto &v : byCluster.value(QStringLiteral("codes")).toArray())
        b.append(v.toString());
    EXPECT_NE(a, b);
    EXPECT_EQ(QSet<QString>(a.cbegin(), a.cend()), QSet<QString>(b.cbegin(), b.cend()));
    for (const char *x : {"NLD", "CHL", "KEN"})
        for (const char *y : {"CHN", "IND", "FSM"})
            EXPECT_EQ(cell(byName, QString::fromLatin1(x), QString::fromLatin1(y)),
                      cell(byCluster, QString::fromLatin1(x), QString::fromLatin1(y)))
                << x << " " << y;
}

TEST_F(BlocsCli, AgreementAsCsvAndWithKappa)
{
    const CliResult r = run({QStringLiteral("agreement"), QStringLiteral("--csv")});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(r.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QJsonArray codes = agreement({}).value(QStringLiteral("codes")).toArray();
    ASSERT_EQ(lines.size(), codes.size() + 1);
    const QStringList header = lines[0].split(u',');
    EXPECT_EQ(header[0], QStringLiteral("code"));
    ASSERT_EQ(header.size(), codes.size() + 1);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        EXPECT_EQ(header[i + 1], codes[i].toString());
        EXPECT_EQ(lines[i + 1].section(u',', 0, 0), codes[i].toString());
    }

    const QJsonObject k = agreement({QStringLiteral("--kappa")});
    EXPECT_EQ(k.value(QStringLiteral("kappa")).toArray().size(), codes.size());
    EXPECT_EQ(run({QStringLiteral("agreement"), QStringLiteral("--json"), QStringLiteral("--csv")})
                  .exitCode,
              1);
    EXPECT_EQ(run({QStringLiteral("agreement"), QStringLiteral("--kappa")}).exitCode, 1);
}

TEST_F(BlocsCli, VotesChosenByLabel)
{
    const QJsonObject one = agreement({QStringLiteral("--votes"), QStringLiteral("(c)")});
    const QJsonArray votes = one.value(QStringLiteral("votes")).toArray();
    ASSERT_EQ(votes.size(), 1);
    EXPECT_EQ(votes[0].toObject().value(QStringLiteral("label")), QStringLiteral("(c)"));
    EXPECT_EQ(votes[0].toObject().value(QStringLiteral("key")), QStringLiteral("(c)"));
    // (c): 102 + 53 + 25 states voted.
    EXPECT_EQ(one.value(QStringLiteral("codes")).toArray().size(), 180);
    const QJsonObject two =
        agreement({QStringLiteral("--votes"), QStringLiteral("a,A/79/416:(b)")});
    EXPECT_EQ(two.value(QStringLiteral("votes")).toArray().size(), 2);

    const CliResult missing = run({QStringLiteral("agreement"), QStringLiteral("--votes"),
                                   QStringLiteral("(z)"), QStringLiteral("--json")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.startsWith(QStringLiteral("error:"))) << missing.err.toStdString();
}

TEST_F(BlocsCli, ClustersListBlocsWithNamesAndTheDendrogram)
{
    const QJsonObject c = json({QStringLiteral("clusters"), QStringLiteral("--k"),
                                QStringLiteral("3"), QStringLiteral("--json")})
                              .object();
    const int states = int(agreement({}).value(QStringLiteral("codes")).toArray().size());
    EXPECT_EQ(c.value(QStringLiteral("k")).toInt(), 3);
    const QJsonArray blocs = c.value(QStringLiteral("blocs")).toArray();
    ASSERT_EQ(blocs.size(), 3);
    int total = 0;
    for (const auto &b : blocs) {
        const QJsonArray members = b.toObject().value(QStringLiteral("members")).toArray();
        EXPECT_EQ(b.toObject().value(QStringLiteral("size")).toInt(), members.size());
        total += int(members.size());
        for (const char *field : {"code", "name_zh", "name_en"})
            EXPECT_FALSE(members[0].toObject().value(QLatin1String(field)).toString().isEmpty())
                << field;
    }
    EXPECT_EQ(total, states);
    const QJsonObject tree = c.value(QStringLiteral("dendrogram")).toObject();
    EXPECT_EQ(tree.value(QStringLiteral("leaves")).toArray().size(), states);
    EXPECT_EQ(tree.value(QStringLiteral("order")).toArray().size(), states);
    const QJsonArray merges = tree.value(QStringLiteral("merges")).toArray();
    ASSERT_EQ(merges.size(), states - 1);
    EXPECT_EQ(merges.last().toObject().value(QStringLiteral("size")).toInt(), states);
    for (const char *field : {"left", "right", "height", "size"})
        EXPECT_TRUE(merges[0].toObject().contains(QLatin1String(field))) << field;

    EXPECT_EQ(run({QStringLiteral("clusters"), QStringLiteral("--json")}).exitCode, 1);
    EXPECT_EQ(
        run({QStringLiteral("clusters"), QStringLiteral("--k"), QStringLiteral("0")}).exitCode, 1);
    EXPECT_EQ(
        run({QStringLiteral("clusters"), QStringLiteral("--k"), QStringLiteral("x")}).exitCode, 1);
}

TEST_F(BlocsCli, CohesionOfAGroupByAnyName)
{
    const QJsonObject weog = json({QStringLiteral("cohesion"), QStringLiteral("--group"),
                                   QStringLiteral("weog"), QStringLiteral("--json")})
                                 .object();
    EXPECT_EQ(weog.value(QStringLiteral("group")).toObject().value(QStringLiteral("short_name")),
              QStringLiteral("WEOG"));
    const QJsonArray votes = weog.value(QStringLiteral("votes")).toArray();
    ASSERT_EQ(votes.size(), 3);
    // Counted in the test: WEOG's members in each list of each vote.
    const QJsonArray members =
        weog.value(QStringLiteral("group")).toObject().value(QStringLiteral("members")).toArray();
    const auto voted = positions();
    for (qsizetype v = 0; v < votes.size(); ++v) {
        QHash<QString, int> count;
        for (const auto &m : members)
            ++count[voted.value(m.toString()).value(v)];
        const QJsonObject o = votes[v].toObject();
        EXPECT_EQ(o.value(QStringLiteral("yes")).toInt(), count.value(QStringLiteral("yes")));
        EXPECT_EQ(o.value(QStringLiteral("no")).toInt(), count.value(QStringLiteral("no")));
        EXPECT_EQ(o.value(QStringLiteral("abstain")).toInt(),
                  count.value(QStringLiteral("abstain")));
        EXPECT_EQ(o.value(QStringLiteral("not_voting")).toArray().size(), count.value(QString()));
        for (const char *field : {"key", "members", "voted", "majority", "majority_share",
                                  "agreement_index", "otherwise"})
            EXPECT_TRUE(o.contains(QLatin1String(field))) << field;
    }
    const QJsonObject byChinese =
        json({QStringLiteral("cohesion"), QStringLiteral("--group"),
              QStringLiteral("西欧和其他国家组"), QStringLiteral("--json")})
            .object();
    EXPECT_EQ(byChinese, weog);

    EXPECT_EQ(run({QStringLiteral("cohesion"), QStringLiteral("--group"), QStringLiteral("nope")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("cohesion"), QStringLiteral("--json")}).exitCode, 1);
}

TEST_F(BlocsCli, UserGroupsAddedListedUsedAndRemoved)
{
    const QJsonArray builtIn = json({QStringLiteral("groups"), QStringLiteral("--json")}).array();
    ASSERT_EQ(builtIn.size(), 6);
    for (const auto &g : builtIn)
        EXPECT_TRUE(g.toObject().value(QStringLiteral("built_in")).toBool());

    ASSERT_EQ(run({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("Pair"),
                   QStringLiteral("NLD"), QStringLiteral("中国"), QStringLiteral("--name-zh"),
                   QStringLiteral("一对")})
                  .exitCode,
              0);
    const QJsonArray all = json({QStringLiteral("groups"), QStringLiteral("--json")}).array();
    ASSERT_EQ(all.size(), 7);
    const QJsonObject pair = all.last().toObject();
    EXPECT_EQ(pair.value(QStringLiteral("kind")), QStringLiteral("user"));
    EXPECT_EQ(pair.value(QStringLiteral("members")).toArray(),
              (QJsonArray{QStringLiteral("NLD"), QStringLiteral("CHN")}));
    // The Netherlands against, China in favour, on every vote: a tie each time.
    const QJsonArray votes = json({QStringLiteral("cohesion"), QStringLiteral("--group"),
                                   QStringLiteral("一对"), QStringLiteral("--json")})
                                 .object()
                                 .value(QStringLiteral("votes"))
                                 .toArray();
    ASSERT_EQ(votes.size(), 3);
    EXPECT_TRUE(votes[0].toObject().value(QStringLiteral("tied")).toBool());
    EXPECT_EQ(votes[0].toObject().value(QStringLiteral("agreement_index")).toDouble(), 0.25);

    // Taken names, built-in groups, unknown states and missing arguments.
    EXPECT_EQ(run({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("pair"),
                   QStringLiteral("FRA")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("EU"),
                   QStringLiteral("FRA")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("X"),
                   QStringLiteral("Atlantis")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("X")}).exitCode,
              1);
    EXPECT_EQ(
        run({QStringLiteral("groups"), QStringLiteral("remove"), QStringLiteral("WEOG")}).exitCode,
        2);
    EXPECT_EQ(run({QStringLiteral("groups"), QStringLiteral("drop")}).exitCode, 1);

    EXPECT_EQ(
        run({QStringLiteral("groups"), QStringLiteral("remove"), QStringLiteral("Pair")}).exitCode,
        0);
    EXPECT_EQ(
        run({QStringLiteral("groups"), QStringLiteral("remove"), QStringLiteral("Pair")}).exitCode,
        2);
    EXPECT_EQ(json({QStringLiteral("groups"), QStringLiteral("--json")}).array().size(), 6);
}

TEST(BlocsCliTwoReports, ALabelInTwoReportsIsQualified)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("two.sqlite"));
    using Rapporteur::Test::runCli;
    ASSERT_EQ(runCli(db, {QStringLiteral("import"), QStringLiteral("--symbol"),
                          QStringLiteral("A/79/416"),
                          Rapporteur::Test::corpusPath(
                              QStringLiteral("first-committee-79-item-106-report.zh.txt"))})
                  .exitCode,
              0);
    ASSERT_EQ(
        runCli(db, {QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/99/2"),
                    Rapporteur::Test::fixturePath(QStringLiteral("blocs-two-votes.zh.txt"))})
            .exitCode,
        0);
    const auto votesOf = [&](const QStringList &args) {
        const CliResult r =
            runCli(db, QStringList{QStringLiteral("agreement"), QStringLiteral("--json")} + args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList keys;
        for (const auto &v :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("votes")).toArray())
            keys.append(v.toObject().value(QStringLiteral("key")).toString());
        return keys;
    };
    EXPECT_EQ(votesOf({}),
              (QStringList{QStringLiteral("A/79/416:(a)"), QStringLiteral("A/79/416:(b)"),
                           QStringLiteral("(c)"), QStringLiteral("A/99/2:(a)"),
                           QStringLiteral("A/99/2:(b)")}));
    EXPECT_EQ(votesOf({QStringLiteral("--votes"), QStringLiteral("(a)")}),
              (QStringList{QStringLiteral("A/79/416:(a)"), QStringLiteral("A/99/2:(a)")}));
    EXPECT_EQ(votesOf({QStringLiteral("--votes"), QStringLiteral("A/99/2:(a)")}),
              QStringList{QStringLiteral("A/99/2:(a)")});
}
