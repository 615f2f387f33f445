// Blocs on the sample corpus: the three recorded votes of A/79/416 (imported with A/77/96, as a
// user has them), one vote alone, and votes from two reports (the sample and
// tests/fixtures/blocs-two-votes.zh.txt, read as A/99/2, whose labels (a) and (b) repeat the
// sample's). Expected sets are computed here from the vote lists, never taken from the output.
#include "blocs/blocanalysis.h"
#include "blocs/cohesion.h"
#include "blocs/groups.h"

#include "handvotes.h"
#include "testsupport.h"

#include "storage/database.h"
#include "workflow/importer.h"

#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::corpusPath;
using Rapporteur::Test::fixturePath;

namespace {

const QString kReport = QStringLiteral("A/79/416");
const QString kSecond = QStringLiteral("A/99/2");

QSet<QString> codesOf(const QList<Storage::ListedEntity> &list)
{
    QSet<QString> codes;
    for (const auto &e : list)
        codes.insert(e.code);
    return codes;
}

QSet<QString> setOf(const QStringList &codes)
{
    return QSet<QString>(codes.cbegin(), codes.cend());
}

class BlocsOnSample : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto db = Storage::Database::open(s_dir->filePath(QStringLiteral("blocs.sqlite")));
        ASSERT_TRUE(db.ok());
        s_db = std::move(db).value().release();
        const QList<Workflow::ImportRequest> requests{
            {corpusPath(QStringLiteral("A-77-96.zh.txt")), {}, {}},
            // The committee report's text names no symbol of its own.
            {corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt")), kReport, {}},
            {fixturePath(QStringLiteral("blocs-two-votes.zh.txt")), kSecond, {}},
        };
        NullProgress progress;
        CancelToken cancel;
        const auto imported = Workflow::importFiles(*s_db, requests, progress, cancel);
        ASSERT_TRUE(imported.ok()) << imported.error().userMessage.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
    }

    static QList<Storage::VoteRecord> votes(const QStringList &selectors)
    {
        auto read = Blocs::readSelectedVotes(*s_db, selectors);
        EXPECT_TRUE(read.ok()) << selectors.join(u',').toStdString();
        return read ? *read : QList<Storage::VoteRecord>{};
    }
    // The sample report's three votes.
    static QList<Storage::VoteRecord> sampleVotes()
    {
        return votes({kReport + QStringLiteral(":(a)"), kReport + QStringLiteral(":(b)"),
                      kReport + QStringLiteral(":(c)")});
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline Storage::Database *s_db = nullptr;
};

} // namespace

TEST_F(BlocsOnSample, StatesAgainstInAllThreeVotesFormOneBloc)
{
    const auto three = sampleVotes();
    ASSERT_EQ(three.size(), 3);
    QSet<QString> alwaysAgainst = codesOf(three[0].no);
    QSet<QString> everInFavour;
    for (const auto &v : three) {
        alwaysAgainst.intersect(codesOf(v.no));
        everInFavour.unite(codesOf(v.yes));
    }
    ASSERT_GT(alwaysAgainst.size(), 40); // the 53 against less India and Micronesia

    const Blocs::BlocAnalysis analysis = Blocs::analyseBlocs(three);
    for (const int k : {2, 3}) {
        const QList<QStringList> blocs = analysis.dendrogram.cutCodes(k);
        ASSERT_EQ(blocs.size(), k);
        // The bloc of one of them holds all of them, and nobody who ever voted in favour.
        const QString first = *alwaysAgainst.cbegin();
        const auto bloc = std::find_if(blocs.cbegin(), blocs.cend(),
                                       [&](const QStringList &b) { return b.contains(first); });
        ASSERT_NE(bloc, blocs.cend());
        const QSet<QString> members = setOf(*bloc);
        EXPECT_TRUE(members.contains(alwaysAgainst)) << "k = " << k;
        EXPECT_FALSE(members.intersects(everInFavour)) << "k = " << k;
    }
}

TEST_F(BlocsOnSample, WeogCohesionPerVoteEqualsACountOfItsMembers)
{
    const Blocs::Group weog = *Blocs::GroupTable::builtIn().find(u"WEOG");
    const auto three = sampleVotes();
    const QList<Blocs::GroupCohesion> cohesion = Blocs::groupCohesion(three, weog);
    ASSERT_EQ(cohesion.size(), 3);
    for (qsizetype i = 0; i < three.size(); ++i) {
        int yes = 0, no = 0, abstain = 0, absent = 0;
        for (const QString &code : weog.members) {
            if (codesOf(three[i].yes).contains(code))
                ++yes;
            else if (codesOf(three[i].no).contains(code))
                ++no;
            else if (codesOf(three[i].abstain).contains(code))
                ++abstain;
            else
                ++absent;
        }
        const int voted = yes + no + abstain;
        const int most = std::max({yes, no, abstain});
        EXPECT_EQ(cohesion[i].yes, yes) << i;
        EXPECT_EQ(cohesion[i].no, no) << i;
        EXPECT_EQ(cohesion[i].abstain, abstain) << i;
        EXPECT_EQ(cohesion[i].notVoting.size(), absent) << i;
        EXPECT_DOUBLE_EQ(*cohesion[i].agreementIndex, (most - 0.5 * (voted - most)) / voted);
        EXPECT_DOUBLE_EQ(*cohesion[i].majorityShare, double(most) / voted);
        // Counted by hand in data/corpus: the 29 (28 members and the United States) stand in
        // the 反对 list of (a), (b) and (c), from 安道尔 to 美利坚合众国.
        EXPECT_EQ(cohesion[i].no, 29) << i;
        EXPECT_EQ(cohesion[i].voted(), 29) << i;
        EXPECT_EQ(cohesion[i].majority, QList<VotePosition>{VotePosition::No}) << i;
        EXPECT_DOUBLE_EQ(*cohesion[i].agreementIndex, 1.0);
        EXPECT_TRUE(cohesion[i].otherwise.isEmpty()) << i;
    }
}

TEST_F(BlocsOnSample, GrulacSplitOnVoteAByHand)
{
    // Counted by hand in data/corpus, vote (a): in favour 安提瓜和巴布达, 多民族玻利维亚国,
    // 哥伦比亚, 古巴, 多米尼克, 厄瓜多尔, 牙买加, 尼加拉瓜, 秘鲁, 圣基茨和尼维斯, 特立尼达和多巴哥,
    // 乌拉圭 (12); against 阿根廷 (1); abstaining 巴哈马, 巴巴多斯, 伯利兹, 巴西, 智利, 哥斯达黎加,
    // 多米尼加共和国, 危地马拉, 圭亚那, 海地, 洪都拉斯, 墨西哥, 巴拿马, 巴拉圭 (14); in no list
    // El Salvador, Grenada, Saint Lucia, Saint Vincent, Suriname, Venezuela (6).
    const Blocs::Group grulac = *Blocs::GroupTable::builtIn().find(u"GRULAC");
    const Blocs::GroupCohesion a =
        Blocs::groupCohesion(votes({kReport + QStringLiteral(":(a)")}).constFirst(), grulac);
    EXPECT_EQ(a.yes, 12);
    EXPECT_EQ(a.no, 1);
    EXPECT_EQ(a.abstain, 14);
    EXPECT_EQ(setOf(a.notVoting), setOf(Rapporteur::Test::words("SLV GRD LCA VCT SUR VEN")));
    EXPECT_EQ(a.majority, QList<VotePosition>{VotePosition::Abstain});
    EXPECT_DOUBLE_EQ(*a.majorityShare, 14.0 / 27);
    EXPECT_DOUBLE_EQ(*a.agreementIndex, (14 - 0.5 * 13) / 27); // 7.5 / 27
    EXPECT_EQ(a.otherwise.size(), 13);
}

TEST_F(BlocsOnSample, OneVoteAloneSplitsIntoItsThreeLists)
{
    const auto one = votes({kReport + QStringLiteral(":(c)")});
    ASSERT_EQ(one.size(), 1);
    const Blocs::BlocAnalysis analysis = Blocs::analyseBlocs(one);
    const QSet<QString> yes = codesOf(one[0].yes), no = codesOf(one[0].no),
                        abstain = codesOf(one[0].abstain);
    EXPECT_EQ(analysis.votes.stateCount(), yes.size() + no.size() + abstain.size());
    // Over one vote, every value is 1, ½ or 0.
    for (const auto &row : analysis.agreement.values) {
        for (const auto &value : row) {
            ASSERT_TRUE(value.has_value());
            EXPECT_TRUE(*value == 0.0 || *value == 0.5 || *value == 1.0) << *value;
        }
    }
    // Three blocs: the yes, no and abstain lists (each list agrees fully within; yes and no are
    // as far apart as can be).
    QList<QSet<QString>> blocs;
    for (const QStringList &b : analysis.dendrogram.cutCodes(3))
        blocs.append(setOf(b));
    EXPECT_EQ(blocs.size(), 3);
    EXPECT_TRUE(blocs.contains(yes));
    EXPECT_TRUE(blocs.contains(no));
    EXPECT_TRUE(blocs.contains(abstain));
}

TEST_F(BlocsOnSample, VotesFromTwoReports)
{
    // "(a)" names a vote of each report; qualified, one of them.
    const auto bothA = votes({QStringLiteral("(a)")});
    ASSERT_EQ(bothA.size(), 2);
    EXPECT_EQ(bothA[0].document, kReport);
    EXPECT_EQ(bothA[1].document, kSecond);
    EXPECT_EQ(votes({kSecond + QStringLiteral(":(a)")}).size(), 1);
    const auto all = votes({});
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(Blocs::voteKey(all[2], all), QStringLiteral("(c)"));
    EXPECT_EQ(Blocs::voteKey(all[3], all), kSecond + QStringLiteral(":(a)"));

    // A/99/2: (a) yes CHN CUB NOR, no AUS CAN, abstain JPN; (b) yes CHN CUB NOR JPN, no CAN,
    // abstain AUS.
    const Blocs::BlocAnalysis second = Blocs::analyseBlocs(
        votes({kSecond + QStringLiteral(":(a)"), kSecond + QStringLiteral(":(b)")}));
    EXPECT_EQ(setOf(second.votes.states),
              setOf(Rapporteur::Test::words("CHN CUB NOR AUS CAN JPN")));
    const auto at = [&](const char *x, const char *y) {
        return *second.agreement.values[second.votes.indexOf(QString::fromLatin1(x))]
                                       [second.votes.indexOf(QString::fromLatin1(y))];
    };
    EXPECT_DOUBLE_EQ(at("CHN", "NOR"), 1.0);
    EXPECT_DOUBLE_EQ(at("AUS", "CAN"), 0.75); // no/no, abstain/no
    EXPECT_DOUBLE_EQ(at("JPN", "CHN"), 0.75); // abstain/yes, yes/yes
    EXPECT_DOUBLE_EQ(at("AUS", "NOR"), 0.25); // no/yes, abstain/yes

    // Across both reports: the votes of A/99/2 are compared where both states voted; China and
    // Norway voted alike there and apart on the sample's three (yes against no): 2 of 5.
    const Blocs::BlocAnalysis across = Blocs::analyseBlocs(all);
    EXPECT_EQ(across.votes.voteCount(), 5);
    const auto chn = across.votes.indexOf(QStringLiteral("CHN"));
    const auto nor = across.votes.indexOf(QStringLiteral("NOR"));
    EXPECT_EQ(across.agreement.compared[chn][nor], 5);
    EXPECT_DOUBLE_EQ(*across.agreement.values[chn][nor], 2.0 / 5);
    // A state that voted on the sample only (Kenya, on (c)) is compared with China on (c) alone.
    const auto ken = across.votes.indexOf(QStringLiteral("KEN"));
    EXPECT_EQ(across.agreement.compared[chn][ken], 1);
}
