// Retrieval: code × state, code × vote position and co-occurrence, with the codings behind cells.
#include "codingtestsupport.h"

#include "coding/retrieval.h"

using namespace Rapporteur;
using namespace Rapporteur::Coding;
using Storage::CodingRecord;

namespace {

CodingRecord coding(qint64 id, const QString &code, qint64 paragraph, const QString &entity,
                    bool orphaned = false)
{
    CodingRecord c;
    c.id = id;
    c.codePath = code;
    c.entityCode = entity;
    c.anchor.paragraphId = paragraph;
    c.anchor.orphaned = orphaned;
    return c;
}

// AUS codes X twice (paragraphs 1, 2) and Y once (paragraph 1); BLR codes X (paragraph 3); a
// coding outside any submission and an orphan count nowhere.
const QList<CodingRecord> kCodings{
    coding(1, QStringLiteral("X"), 1, QStringLiteral("AUS")),
    coding(2, QStringLiteral("Y"), 1, QStringLiteral("AUS")),
    coding(3, QStringLiteral("X"), 2, QStringLiteral("AUS")),
    coding(4, QStringLiteral("X"), 3, QStringLiteral("BLR")),
    coding(5, QStringLiteral("X"), 4, QString()),
    coding(6, QStringLiteral("Y"), 5, QStringLiteral("BLR"), true),
};

} // namespace

TEST(Retrieval, CodeByState)
{
    const CodeMatrix m = codeByState(kCodings);
    EXPECT_EQ(m.rows, (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));
    EXPECT_EQ(m.columns, (QStringList{QStringLiteral("AUS"), QStringLiteral("BLR")}));
    EXPECT_EQ(m.cells[0][0], (QList<qint64>{1, 3}));
    EXPECT_EQ(m.cells[0][1], (QList<qint64>{4}));
    EXPECT_EQ(m.count(1, 0), 1);
    EXPECT_EQ(m.count(1, 1), 0); // the orphan
}

TEST(Retrieval, CodeByVotePosition)
{
    // AUS voted yes; BLR did not vote (a member state in no list).
    Storage::VoteRecord vote;
    vote.yes = {{QStringLiteral("AUS"), QStringLiteral("澳大利亚")}};
    vote.no = {{QStringLiteral("USA"), QStringLiteral("美国")}};
    vote.nonVoting = {QStringLiteral("BLR")};
    const CodeMatrix m = codeByVotePosition(kCodings, vote);
    EXPECT_EQ(m.columns, (QStringList{QStringLiteral("yes"), QStringLiteral("no"),
                                      QStringLiteral("abstain"), QStringLiteral("non_voting")}));
    EXPECT_EQ(m.cells[0][0], (QList<qint64>{1, 3}));
    EXPECT_EQ(m.cells[0][3], (QList<qint64>{4}));
    EXPECT_EQ(m.count(0, 1), 0);
    EXPECT_EQ(m.cells[1][0], (QList<qint64>{2}));
}

TEST(Retrieval, CoOccurrenceWithinAParagraph)
{
    const CodeMatrix m = coOccurrence(kCodings);
    EXPECT_EQ(m.columns, m.rows);
    // X is in paragraphs 1, 2, 3, 4; Y (not orphaned) in 1; both in 1.
    EXPECT_EQ(m.cells[0][0], (QList<qint64>{1, 2, 3, 4}));
    EXPECT_EQ(m.cells[0][1], (QList<qint64>{1}));
    EXPECT_EQ(m.cells[1][0], (QList<qint64>{1}));
    EXPECT_EQ(m.cells[1][1], (QList<qint64>{1}));
}
