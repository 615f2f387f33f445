#include "importer/wordgaps.h"

#include <gtest/gtest.h>

#include <utility>

using namespace Rapporteur::Importer;

namespace {

struct Word
{
    const char *text;
    double left;
    double right;
};

// The pieces of one run from Poppler's word boxes (x in points) on a line of the given height,
// as the PDF reader makes them.
QList<RunPiece> run(std::initializer_list<Word> words, double height)
{
    QList<RunPiece> pieces;
    double end = 0;
    for (const Word &w : words) {
        pieces.append({QString::fromUtf8(w.text), pieces.isEmpty() ? 0 : w.left - end, height,
                       false, false, QRectF(w.left, 0, w.right - w.left, height)});
        end = w.right;
    }
    return pieces;
}

} // namespace

// The word boxes below are Poppler's, read off the real UN PDFs named in each test.

// A/RES/73/6, page 2: a justified line whose last word Poppler splits 1.15 pt apart (0.10 of the
// type) and flags as two words with a space; the line's word spaces are about 3.1 pt.
TEST(WordGaps, AJustifiedLineKeepsAWordPopplerSplit)
{
    const auto pieces = run({{"Recognizing", 147.14, 199.66}, {"that", 202.97, 218.91},
                             {"the", 221.87, 234.67}, {"fiftieth", 237.79, 266.92},
                             {"anniversary", 270.08, 319.83}, {"of", 322.87, 331.57},
                             {"the", 334.47, 347.27}, {"first", 350.39, 367.63},
                             {"United", 370.72, 399.40}, {"Nations", 402.56, 435.53},
                             {"Confere", 438.71, 472.71}, {"nce", 473.86, 488.34}},
                            11.03);
    EXPECT_EQ(joinRunPieces(pieces),
              QStringLiteral("Recognizing that the fiftieth anniversary of the first United "
                             "Nations Conference"));
}

// A/81/6 (Sect. 16), a note in small type: the widest split measured (1.39 pt, 0.147 of the
// type), wider than a fixed share of the type would allow, but well under the line's spaces.
TEST(WordGaps, TheWidestSplitIsStillUnderTheLinesWordSpace)
{
    const auto pieces = run({{"Prevention", 456.39, 495.73}, {"of", 498.41, 505.80},
                             {"and", 508.47, 521.47}, {"Fig", 524.27, 536.07},
                             {"ht", 537.46, 544.38}},
                            9.43);
    EXPECT_EQ(joinRunPieces(pieces), QStringLiteral("Prevention of and Fight"));
}

// A/C.6/80/L.1, page 2: a space before a kerned capital is narrower than the line's others
// (1.74 pt against about 2.4) and still a space.
TEST(WordGaps, ASpaceBeforeAKernedCapitalStays)
{
    const auto pieces = run({{"Observer", 123.38, 163.39}, {"status", 165.72, 190.69},
                             {"for", 193.20, 205.99}, {"the", 208.29, 221.67},
                             {"Boao", 224.10, 245.77}, {"Forum", 248.28, 277.73},
                             {"for", 280.19, 292.99}, {"Asia", 294.73, 313.63},
                             {"in", 316.13, 324.49}, {"the", 326.96, 340.33}},
                            11.09);
    EXPECT_EQ(joinRunPieces(pieces),
              QStringLiteral("Observer status for the Boao Forum for Asia in the"));
}

// Every masthead: one gap on the line, 3.5 pt in 22 pt type (0.158 of it), is a space.
TEST(WordGaps, ALineWithOneGapIsJudgedByItsType)
{
    EXPECT_EQ(joinRunPieces(run({{"General", 123.38, 189.62}, {"Assembly", 193.12, 272.20}}, 22.12)),
              QStringLiteral("General Assembly"));
    // A/RES/73/6: the same split as above on a line of its own.
    EXPECT_EQ(joinRunPieces(run({{"Confere", 438.71, 472.71}, {"nce", 473.86, 488.34}}, 11.03)),
              QStringLiteral("Conference"));
}

// A/80/630, a staffing table: the gaps between cells (11 pt and more) do not make the label's
// word space (2.7 pt) look like a split.
TEST(WordGaps, CellGapsOfATableRowDoNotHideItsWordSpaces)
{
    const auto pieces = run({{"Proposed", 74.42, 108.14}, {"posts", 110.82, 129.46},
                             {"2025/26", 132.14, 161.78}, {"1", 180.14, 184.40},
                             {"4", 202.85, 207.11}, {"56", 220.73, 229.55},
                             {"64", 243.29, 252.11}, {"139", 264.65, 278.03},
                             {"264", 295.37, 308.75}, {"23", 328.15, 336.97},
                             {"132", 352.03, 365.41}},
                            9.43);
    EXPECT_EQ(joinRunPieces(pieces),
              QStringLiteral("Proposed posts 2025/26 1 4 56 64 139 264 23 132"));
}

TEST(WordGaps, RaisedMarkersAndIdeographsAreNeverSpaced)
{
    QList<RunPiece> pieces = run({{"personnel,", 100, 140}, {"¹", 141, 144}, {"and", 147, 160},
                                  {"so", 163, 172}, {"on", 175, 185}},
                                 11);
    pieces[1].raised = true;
    EXPECT_EQ(joinRunPieces(pieces), QStringLiteral("personnel,¹ and so on"));

    QList<RunPiece> han = run({{"出口", 100, 120}, {"管制", 124, 144}}, 11);
    han[1].betweenCjk = true;
    EXPECT_EQ(joinRunPieces(han), QStringLiteral("出口管制"));
}

// A/80/590: "2,050 m³" is set with a no-break space, which justification does not stretch:
// 2.9 pt in a line whose word spaces are about 7; still a space.
TEST(WordGaps, AnUnstretchedNoBreakSpaceIsStillASpace)
{
    QList<RunPiece> pieces = run({{"2,050", 123.38, 147.32}, {"m", 150.26, 158.29},
                                  {"³", 158.54, 161.86}, {"of", 168.80, 177.62},
                                  {"general", 184.67, 216.02}, {"waste", 223.03, 247.30},
                                  {"and", 254.28, 269.49}, {"12.5", 276.49, 295.04},
                                  {"m", 302.10, 310.13}, {"³", 310.64, 313.96},
                                  {"of", 320.98, 329.74}, {"incinerated", 336.73, 384.38}},
                                 11.09);
    pieces[2].raised = true;
    pieces[9].raised = true;
    EXPECT_EQ(joinRunPieces(pieces),
              QStringLiteral("2,050 m³ of general waste and 12.5 m³ of incinerated"));
}
