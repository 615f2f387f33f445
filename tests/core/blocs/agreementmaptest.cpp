// The agreement map (classical multidimensional scaling), on matrices whose answer is known:
// distances of points in a plane come back as those points, turned or mirrored; a state that
// agrees with nobody it was compared with is far from the others; a state without a vote in
// common with another is left off.
#include "blocs/agreementmap.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Rapporteur;

namespace {

constexpr double kEps = 1e-9;

Blocs::AgreementMatrix matrixOf(const QStringList &codes,
                                const QList<QList<std::optional<double>>> &values)
{
    Blocs::AgreementMatrix m;
    m.codes = codes;
    m.values = values;
    return m;
}

double distance(const Blocs::MapPoint &a, const Blocs::MapPoint &b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

// A = B (agreement 1), C against both (0): on a line, A and B together at −1/3, C at 2/3 (the
// centroid at the origin), all of the distances on the first axis.
TEST(AgreementMap, TwoAlikeAndOneAgainstLieOnALine)
{
    const auto map = Blocs::agreementMap(
        matrixOf({QStringLiteral("FRA"), QStringLiteral("DEU"), QStringLiteral("CHN")},
                 {{1.0, 1.0, 0.0}, {1.0, 1.0, 0.0}, {0.0, 0.0, 1.0}}));
    ASSERT_EQ(map.points.size(), 3);
    EXPECT_TRUE(map.leftOut.isEmpty());
    // The farthest point (CHN) is on the positive side.
    EXPECT_NEAR(map.points[2].x, 2.0 / 3, kEps);
    EXPECT_NEAR(map.points[0].x, -1.0 / 3, kEps);
    EXPECT_NEAR(map.points[1].x, -1.0 / 3, kEps);
    for (const auto &p : map.points)
        EXPECT_NEAR(p.y, 0.0, kEps);
    EXPECT_NEAR(map.explained[0], 1.0, kEps);
    EXPECT_NEAR(map.explained[1], 0.0, kEps);
    // Colours: the regional groups of data/groups.tsv.
    EXPECT_EQ(map.points[0].group, QStringLiteral("WEOG"));
    EXPECT_EQ(map.points[2].group, QStringLiteral("APG"));
}

// Four states at the corners of a square of side 0.3 and one at its centre: agreement is
// 1 − the distance, and the map gives back every distance.
TEST(AgreementMap, DistancesOfPointsInAPlaneComeBack)
{
    const QList<std::pair<double, double>> at{{0, 0}, {0.3, 0}, {0.3, 0.3}, {0, 0.3}, {0.15, 0.15}};
    QList<QList<std::optional<double>>> values;
    for (const auto &[ax, ay] : at) {
        QList<std::optional<double>> row;
        for (const auto &[bx, by] : at)
            row.append(1.0 - std::hypot(ax - bx, ay - by));
        values.append(row);
    }
    const auto map = Blocs::agreementMap(
        matrixOf({QStringLiteral("AUS"), QStringLiteral("BRA"), QStringLiteral("CAN"),
                  QStringLiteral("DNK"), QStringLiteral("EGY")},
                 values));
    ASSERT_EQ(map.points.size(), 5);
    for (qsizetype i = 0; i < at.size(); ++i) {
        for (qsizetype j = 0; j < at.size(); ++j) {
            EXPECT_NEAR(distance(map.points[i], map.points[j]),
                        std::hypot(at[i].first - at[j].first, at[i].second - at[j].second), 1e-9)
                << i << "-" << j;
        }
    }
    EXPECT_NEAR(map.explained[0] + map.explained[1], 1.0, kEps);
    EXPECT_NEAR(map.explained[0], 0.5, kEps); // a square: both axes carry half
}

// KEN shares no vote with RUS: KEN (two pairs missing, counting RUS) goes before RUS (one), and
// the rest are placed.
TEST(AgreementMap, AStateWithoutAVoteInCommonIsLeftOff)
{
    const std::optional<double> none;
    const auto map = Blocs::agreementMap(
        matrixOf({QStringLiteral("BRA"), QStringLiteral("KEN"), QStringLiteral("RUS")},
                 {{1.0, 0.5, 0.5}, {0.5, none, none}, {0.5, none, 1.0}}));
    EXPECT_EQ(map.leftOut, QStringList{QStringLiteral("KEN")});
    ASSERT_EQ(map.points.size(), 2);
    EXPECT_NEAR(distance(map.points[0], map.points[1]), 0.5, kEps);
}
