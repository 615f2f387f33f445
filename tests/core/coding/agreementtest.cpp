// Agreement between two coders, against values computed by hand.
#include "codingtestsupport.h"

#include "coding/agreement.h"

using namespace Rapporteur;
using namespace Rapporteur::Coding;
using Storage::CodingRecord;
using Storage::ParagraphText;

namespace {

CodingRecord coding(const QString &code, qint64 paragraph, const QString &coder,
                    bool orphaned = false)
{
    CodingRecord c;
    c.codePath = code;
    c.coder = coder;
    c.anchor.paragraphId = paragraph;
    c.anchor.orphaned = orphaned;
    return c;
}

// Ten paragraphs p1..p10 (ids 1..10). Code X: alice on p1 p2 p3 p4, bob on p1 p2 p3 p5 p6.
// Code Y: alice on p7 only. Noise that must not count: carol's coding, an orphaned one of bob's.
QList<CodingRecord> fixture()
{
    QList<CodingRecord> codings;
    for (const qint64 p : {1, 2, 3, 4})
        codings.append(coding(QStringLiteral("X"), p, QStringLiteral("alice")));
    for (const qint64 p : {1, 2, 3, 5, 6})
        codings.append(coding(QStringLiteral("X"), p, QStringLiteral("bob")));
    codings.append(coding(QStringLiteral("X"), 1, QStringLiteral("bob"))); // twice in p1: once
    codings.append(coding(QStringLiteral("Y"), 7, QStringLiteral("alice")));
    codings.append(coding(QStringLiteral("X"), 8, QStringLiteral("carol")));
    codings.append(coding(QStringLiteral("X"), 9, QStringLiteral("bob"), true));
    return codings;
}

QList<ParagraphText> tenParagraphs()
{
    QList<ParagraphText> units;
    for (int i = 1; i <= 10; ++i)
        units.append({i, 1, QStringLiteral("A/00/1"), i - 1, QStringLiteral("p%1").arg(i)});
    return units;
}

} // namespace

// Code X over all ten paragraphs: a = both = 3 (p1–p3), b = only alice = 1 (p4),
// c = only bob = 2 (p5, p6), d = neither = 4 (p7–p10), n = 10.
//   percent = (a + d) / n = 7/10 = 0.7
//   kappa: po = 0.7; alice's marginals 4 yes / 6 no, bob's 5 / 5;
//          pe = (4·5 + 6·5) / 100 = 0.5; kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4
//   alpha: 20 pairable values; n1 = 2a + b + c = 9, n0 = 2d + b + c = 11;
//          alpha = 1 − (20 − 1)(b + c) / (n0·n1) = 1 − 19·3/99 = 42/99 = 0.424242…
TEST(Agreement, KappaAndAlphaOfATwoByTwoTable)
{
    EXPECT_DOUBLE_EQ(*cohensKappa(3, 1, 2, 4), 0.4);
    EXPECT_DOUBLE_EQ(*krippendorffsAlpha(3, 1, 2, 4), 42.0 / 99.0);
    // Perfect agreement with both categories used: 1. One category only: undefined.
    EXPECT_DOUBLE_EQ(*cohensKappa(2, 0, 0, 3), 1.0);
    EXPECT_DOUBLE_EQ(*krippendorffsAlpha(2, 0, 0, 3), 1.0);
    EXPECT_FALSE(cohensKappa(0, 0, 0, 5).has_value());
    EXPECT_FALSE(krippendorffsAlpha(0, 0, 0, 5).has_value());
    EXPECT_FALSE(cohensKappa(0, 0, 0, 0).has_value());
}

TEST(Agreement, PerCodeOnParagraphsWithTheDisagreements)
{
    const auto report = computeAgreement(fixture(), tenParagraphs(), QStringLiteral("alice"),
                                         QStringLiteral("bob"), false);
    EXPECT_EQ(report.units, 10);
    ASSERT_EQ(report.codes.size(), 2);
    const CodeAgreement &x = report.codes[0];
    EXPECT_EQ(x.codePath, QStringLiteral("X"));
    EXPECT_EQ(x.both, 3);
    EXPECT_EQ(x.onlyFirst, 1);
    EXPECT_EQ(x.onlySecond, 2);
    EXPECT_EQ(x.neither, 4);
    EXPECT_DOUBLE_EQ(*x.percent, 0.7);
    EXPECT_DOUBLE_EQ(*x.kappa, 0.4);
    EXPECT_DOUBLE_EQ(*x.alpha, 42.0 / 99.0);
    ASSERT_EQ(x.disagreements.size(), 3);
    EXPECT_EQ(x.disagreements[0].paragraphId, 4);
    EXPECT_TRUE(x.disagreements[0].byFirst);
    EXPECT_EQ(x.disagreements[1].paragraphId, 5);
    EXPECT_TRUE(x.disagreements[1].bySecond);
    EXPECT_EQ(x.disagreements[2].paragraphId, 6);

    // Y: alice on p7 only. a = 0, b = 1, c = 0, d = 9. po = 0.9; pe = (1·0 + 9·10) / 100 = 0.9;
    // kappa = 0 / 0.1 = 0. alpha: n1 = 1, n0 = 19; 1 − 19·1/19 = 0.
    const CodeAgreement &y = report.codes[1];
    EXPECT_DOUBLE_EQ(*y.percent, 0.9);
    EXPECT_DOUBLE_EQ(*y.kappa, 0.0);
    EXPECT_DOUBLE_EQ(*y.alpha, 0.0);
}

// Leaving out the paragraphs neither coder coded with any code (p8–p10) leaves p1–p7, n = 7.
// X: a = 3, b = 1, c = 2, d = 1 (p7, coded with Y only).
//   percent = 4/7; pe = (4·5 + 3·2) / 49 = 26/49; kappa = (28/49 − 26/49) / (23/49) = 2/23
//   alpha: n1 = 9, n0 = 2 + 3 = 5; 1 − 13·3/45 = 6/45 = 2/15
TEST(Agreement, ExcludingUncodedParagraphs)
{
    const auto report = computeAgreement(fixture(), tenParagraphs(), QStringLiteral("alice"),
                                         QStringLiteral("bob"), true);
    EXPECT_EQ(report.units, 7);
    const CodeAgreement &x = report.codes[0];
    EXPECT_EQ(x.units(), 7);
    EXPECT_DOUBLE_EQ(*x.percent, 4.0 / 7.0);
    EXPECT_NEAR(*x.kappa, 2.0 / 23.0, 1e-12);
    EXPECT_NEAR(*x.alpha, 2.0 / 15.0, 1e-12);
}

class AgreementInDatabase : public Test::CodingFixture
{
};

TEST_F(AgreementInDatabase, UnitsAreTheParagraphsOfTheCodedDocuments)
{
    // Six paragraphs in the fixture; both coders apply X to Belarus's, only alice to one of
    // Australia's: a = 1, b = 1, c = 0, d = 4.
    code(QStringLiteral("X"), Rapporteur::Test::kBelarus, 0, 4, QStringLiteral("alice"));
    code(QStringLiteral("X"), Rapporteur::Test::kBelarus, 6, 13, QStringLiteral("bob"));
    code(QStringLiteral("X"), Rapporteur::Test::kAustralia2, 0, 4, QStringLiteral("alice"));
    auto report = readAgreement(*m_db, QStringLiteral("alice"), QStringLiteral("bob"), false);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->units, 6);
    ASSERT_EQ(report->codes.size(), 1);
    EXPECT_EQ(report->codes[0].both, 1);
    EXPECT_EQ(report->codes[0].onlyFirst, 1);
    EXPECT_EQ(report->codes[0].neither, 4);
    EXPECT_DOUBLE_EQ(*report->codes[0].percent, 5.0 / 6.0);
}
