// Average-linkage clustering on the votes of handvotes.h (abstention half, non-voting excluded),
// worked out by hand; and the rules for ties and undefined distances on matrices made here.
#include "blocs/clustering.h"

#include "handvotes.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::words;

namespace {

constexpr double kEps = 1e-12;

// Leaves: 0 BRA, 1 CHN, 2 FRA, 3 DEU, 4 IND, 5 KEN, 6 RUS. Distances 1 − agreement (values of
// pairagreementtest.cpp), "·" where undefined:
//
//          CHN    FRA    DEU    IND    KEN    RUS
//     BRA  .125   .625   .5     .375   0      .5
//     CHN         .75    .625   .25    0      1/3
//     FRA                .125   .5     1      1
//     DEU                       .375   .5     1
//     IND                              .5     .5
//     KEN                                     ·
//
// 1. BRA–KEN and CHN–KEN tie at 0; BRA (leaf 0) is lower: {BRA KEN} = node 7, height 0.
//    Agreement sums against it (pairs with a value): CHN .875 + 1 over 2, FRA .375 + 0 over 2,
//    DEU .5 + .5 over 2, IND .625 + .5 over 2, RUS .5 over 1 (KEN–RUS undefined).
// 2. {BRA KEN}–CHN: 1 − 1.875/2 = .0625, the smallest: node 8 = {BRA KEN CHN}.
//    Against it: FRA (.375 + .25)/3, DEU (1 + .375)/3, IND (1.125 + .75)/3 = .625, RUS
//    (.5 + 2/3)/2.
// 3. FRA–DEU .125: node 9.
// 4. {BRA KEN CHN}–IND: 1 − .625 = .375 (against {FRA DEU}: 1 − 2/6; RUS 1 − 7/12): node 10.
//    Against it: {FRA DEU} (2 + 1.125)/8 = .390625, RUS (7/6 + .5)/3 = 5/9.
// 5. node 10–RUS: 1 − 5/9 = 4/9 (against {FRA DEU} .609375; RUS–{FRA DEU} 1): node 11.
// 6. node 11–{FRA DEU}: (3.125 + 0)/10 = .3125 agreement, height .6875: node 12.
Blocs::Dendrogram handTree()
{
    const Blocs::VoteMatrix votes = Blocs::buildVoteMatrix(Rapporteur::Test::handVotes());
    return Blocs::averageLinkage(Blocs::agreementMatrix(votes, {}));
}

QStringList codesOf(const Blocs::Dendrogram &tree, const QList<int> &leaves)
{
    QStringList codes;
    for (const int leaf : leaves)
        codes.append(tree.leaves[leaf]);
    return codes;
}

// An agreement matrix given by hand (upper triangle, row by row; NaN for undefined).
Blocs::AgreementMatrix matrix(const QStringList &codes, const QList<double> &upper)
{
    Blocs::AgreementMatrix m;
    m.codes = codes;
    const qsizetype n = codes.size();
    m.values = QList<QList<std::optional<double>>>(n, QList<std::optional<double>>(n, 1.0));
    m.compared = QList<QList<int>>(n, QList<int>(n, 1));
    qsizetype k = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j, ++k) {
            const double v = upper[k];
            m.values[i][j] = m.values[j][i] = std::isnan(v) ? std::nullopt : std::optional(v);
        }
    }
    return m;
}

} // namespace

TEST(AverageLinkage, MergesOfTheHandVotes)
{
    const Blocs::Dendrogram tree = handTree();
    EXPECT_EQ(tree.leaves, words("BRA CHN FRA DEU IND KEN RUS"));
    struct Expected
    {
        int left, right;
        double height;
        int size;
    };
    const QList<Expected> expected{
        {0, 5, 0.0, 2},      // BRA, KEN
        {7, 1, 0.0625, 3},   // {BRA KEN}, CHN
        {2, 3, 0.125, 2},    // FRA, DEU
        {8, 4, 0.375, 4},    // {BRA KEN CHN}, IND
        {10, 6, 4.0 / 9, 5}, // …, RUS
        {11, 9, 0.6875, 7},  // …, {FRA DEU}
    };
    ASSERT_EQ(tree.merges.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(tree.merges[i].left, expected[i].left) << "merge " << i;
        EXPECT_EQ(tree.merges[i].right, expected[i].right) << "merge " << i;
        EXPECT_NEAR(tree.merges[i].height, expected[i].height, kEps) << "merge " << i;
        EXPECT_EQ(tree.merges[i].size, expected[i].size) << "merge " << i;
    }
    // Depth first, left before right: BRA KEN CHN IND RUS FRA DEU.
    EXPECT_EQ(tree.leafOrder, (QList<int>{0, 5, 1, 4, 6, 2, 3}));
}

TEST(AverageLinkage, CutsOfTheHandVotes)
{
    const Blocs::Dendrogram tree = handTree();
    // k = 2 undoes merge 6: {BRA CHN IND KEN RUS} and {FRA DEU}, each in table order.
    const auto two = tree.cutCodes(2);
    ASSERT_EQ(two.size(), 2);
    EXPECT_EQ(two[0], words("BRA CHN IND KEN RUS"));
    EXPECT_EQ(two[1], words("FRA DEU"));
    // k = 3 also undoes merge 5: Russia alone, between them in drawing order.
    const auto three = tree.cutCodes(3);
    ASSERT_EQ(three.size(), 3);
    EXPECT_EQ(three[0], words("BRA CHN IND KEN"));
    EXPECT_EQ(three[1], words("RUS"));
    EXPECT_EQ(three[2], words("FRA DEU"));
    // k = 1 is everyone; k = 7 every state alone in drawing order; beyond, clamped.
    EXPECT_EQ(tree.cut(1), (QList<QList<int>>{{0, 1, 2, 3, 4, 5, 6}}));
    EXPECT_EQ(tree.cut(7), (QList<QList<int>>{{0}, {5}, {1}, {4}, {6}, {2}, {3}}));
    EXPECT_EQ(tree.cut(99), tree.cut(7));
    EXPECT_EQ(tree.cut(0), tree.cut(1));
}

TEST(AverageLinkage, TiesGoToTheLowestLeavesWhateverTheirOrder)
{
    // Four states, every pair at agreement .5: the first merge is leaves 0 and 1, then {0 1}
    // with 2, then with 3.
    const QList<double> flat{0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    const Blocs::Dendrogram tree = Blocs::averageLinkage(matrix(words("A B C D"), flat));
    ASSERT_EQ(tree.merges.size(), 3);
    EXPECT_EQ(tree.merges[0].left, 0);
    EXPECT_EQ(tree.merges[0].right, 1);
    EXPECT_EQ(tree.merges[1].left, 4);
    EXPECT_EQ(tree.merges[1].right, 2);
    EXPECT_EQ(tree.merges[2].left, 5);
    EXPECT_EQ(tree.merges[2].right, 3);
    // The same input twice gives the same tree.
    const Blocs::Dendrogram again = Blocs::averageLinkage(matrix(words("A B C D"), flat));
    EXPECT_EQ(again.leafOrder, tree.leafOrder);
}

TEST(AverageLinkage, UndefinedPairsAreLeftOutOfTheMeanAndAloneMergeLast)
{
    // A–B .9, A–C .5, B–C undefined, D undefined with everyone.
    // 1. A–B (distance .1). 2. {A B}–C: only A–C is defined: 1 − .5 = .5. 3. D: no defined pair
    //    with anyone, distance 1.
    const double nan = std::nan("");
    const Blocs::Dendrogram tree =
        Blocs::averageLinkage(matrix(words("A B C D"), {0.9, 0.5, nan, nan, nan, nan}));
    ASSERT_EQ(tree.merges.size(), 3);
    EXPECT_NEAR(tree.merges[0].height, 0.1, kEps);
    EXPECT_EQ(tree.merges[1].right, 2);
    EXPECT_NEAR(tree.merges[1].height, 0.5, kEps);
    EXPECT_EQ(tree.merges[2].right, 3);
    EXPECT_NEAR(tree.merges[2].height, 1.0, kEps);
    EXPECT_EQ(codesOf(tree, tree.leafOrder), words("A B C D"));
}

TEST(AverageLinkage, NoStatesOrOne)
{
    const Blocs::Dendrogram empty = Blocs::averageLinkage(matrix({}, {}));
    EXPECT_TRUE(empty.merges.isEmpty());
    EXPECT_TRUE(empty.leafOrder.isEmpty());
    EXPECT_TRUE(empty.cut(2).isEmpty());
    const Blocs::Dendrogram one = Blocs::averageLinkage(matrix(words("A"), {}));
    EXPECT_TRUE(one.merges.isEmpty());
    EXPECT_EQ(one.leafOrder, QList<int>{0});
    EXPECT_EQ(one.cutCodes(3), QList<QStringList>{words("A")});
}
