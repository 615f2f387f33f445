// What the real drafts and resolutions of ../shared/corpus/real decide, read in English: the
// sponsor lines of the drafts' first pages, and the preambular and operative paragraphs of each
// draft and resolution. Expected values are read off the pages (pdftoppm -png): the sponsor lines
// name by name, the paragraphs by their count and their first words.
#include "realpdfs.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::realDocument;

namespace {

QStringList codes(const QList<NamedEntity> &list)
{
    QStringList out;
    for (const auto &n : list)
        out.append(n.entityCode);
    return out;
}

QStringList split(const char *codes)
{
    return QString::fromLatin1(codes).split(u' ', Qt::SkipEmptyParts);
}

struct ResolutionShape
{
    int preambular = 0;
    int operative = 0;
    QStringList numbers; // the operative paragraphs' numbers, in order
};

ResolutionShape shapeOf(const ParsedDocument &doc)
{
    ResolutionShape shape;
    bool operative = false;
    for (const ResolutionParagraph &r : doc.resolution) {
        // Preambular paragraphs all come before the first operative one.
        EXPECT_TRUE(r.operative || !operative) << r.paragraph;
        operative = operative || r.operative;
        if (r.operative) {
            ++shape.operative;
            shape.numbers.append(QString::number(r.number));
        } else {
            ++shape.preambular;
        }
    }
    return shape;
}

QStringList oneTo(int n)
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out.append(QString::number(i));
    return out;
}

QString textOf(const ParsedDocument &doc, const ResolutionParagraph &r)
{
    return doc.paragraphs[r.paragraph].text;
}

} // namespace

// Page 1: "Albania, Australia, … Sweden and Ukraine: draft resolution".
TEST(RealDrafts, FirstCommitteeDraftGivesItsSponsorLine)
{
    const auto &doc = realDocument(QStringLiteral("A-C.1-80-L.4.en"));
    ASSERT_EQ(doc.sponsorships.size(), 1);
    const Sponsorship &s = doc.sponsorships[0];
    EXPECT_EQ(s.draftSymbol, QStringLiteral("A/C.1/80/L.4"));
    EXPECT_EQ(codes(s.main), split("ALB AUS BIH BGR CAN HRV CZE DNK FIN GEO DEU ISL ITA JPN LUX MDV "
                                   "MHL FSM NLD NOR MDA SGP SVK SVN ESP SWE UKR"));
    EXPECT_EQ(s.main[17].written, QStringLiteral("Micronesia (Federated States of)"));
    EXPECT_EQ(s.main[18].written, QStringLiteral("Netherlands (Kingdom of the)"));
    EXPECT_TRUE(s.joined.isEmpty());
}

// Page 1: "Chad:* draft resolution", the note saying on whose behalf.
TEST(RealDrafts, SponsorLineWithItsSignNote)
{
    const auto &doc = realDocument(QStringLiteral("A-C.1-80-L.54.en"));
    ASSERT_EQ(doc.sponsorships.size(), 1);
    EXPECT_EQ(doc.sponsorships[0].draftSymbol, QStringLiteral("A/C.1/80/L.54"));
    EXPECT_EQ(codes(doc.sponsorships[0].main), QStringList{QStringLiteral("TCD")});
    const auto line = std::find_if(doc.paragraphs.cbegin(), doc.paragraphs.cend(),
                                   [](const Paragraph &p) {
                                       return p.text == QStringLiteral("Chad: draft resolution");
                                   });
    ASSERT_NE(line, doc.paragraphs.cend());
    ASSERT_EQ(line->footnotes.size(), 1);
    EXPECT_EQ(line->footnotes[0].marker, QStringLiteral("*"));
    EXPECT_EQ(line->footnotes[0].text,
              QStringLiteral("On behalf of the States Members of the United Nations that are "
                             "members of the Economic Community of Central African States."));
}

// A plenary draft: 32 sponsors, "… Zambia and Zimbabwe:* draft resolution".
TEST(RealDrafts, PlenaryDraftGivesItsSponsorLine)
{
    const auto &doc = realDocument(QStringLiteral("A-80-L.4.en"));
    ASSERT_EQ(doc.sponsorships.size(), 1);
    EXPECT_EQ(doc.sponsorships[0].draftSymbol, QStringLiteral("A/80/L.4"));
    EXPECT_EQ(codes(doc.sponsorships[0].main),
              split("AFG ARM AZE BTN BOL BWA BFA BDI CAF TCD SWZ ETH KAZ KGZ LAO LSO MWI MLI MNG "
                    "NPL NER MKD PRY MDA RWA SSD TJK TKM UGA UZB ZMB ZWE"));
}

// The OCR'd draft of 1971: twenty sponsors on the page; the text layer spells one "Nicar~gua",
// which is kept as written, unresolved, and reported rather than guessed.
TEST(RealDrafts, OcrdDraftOf1971GivesItsSponsorsAndReportsTheMisreadName)
{
    const auto &doc = realDocument(QStringLiteral("A-L.632.en"));
    ASSERT_EQ(doc.sponsorships.size(), 1);
    const auto &main = doc.sponsorships[0].main;
    EXPECT_EQ(codes(main), split("AUS COL CRI DOM SLV FJI GMB GTM HTI HND JPN LSO LBR NZL _ PHL "
                                 "SWZ THA USA URY")
                               .replaceInStrings(QStringLiteral("_"), QString()));
    EXPECT_EQ(main[14].written, QStringLiteral("Nicar~gua"));
    EXPECT_TRUE(doc.warnings.contains(QStringLiteral("sponsors: \"Nicar~gua\" names no known state")))
        << doc.warnings.join(u'\n').toStdString();
    // "Recalling …," then "Decides that …": one preambular and one unnumbered operative paragraph.
    const ResolutionShape shape = shapeOf(doc);
    EXPECT_EQ(shape.preambular, 1);
    EXPECT_EQ(shape.operative, 1);
}

// Documents that are not drafts name no sponsors of their own.
TEST(RealDrafts, ResolutionsAndReportsHaveNoSponsorLine)
{
    for (const char *name : {"A-RES-73-6.en", "A-RES-79-1.en", "A-80-630.en", "A-C.6-80-L.1.en"})
        EXPECT_TRUE(realDocument(QString::fromLatin1(name)).sponsorships.isEmpty()) << name;
}

TEST(RealResolutions, DraftsGiveTheirPreambularAndOperativeParagraphsInOrder)
{
    struct Expected
    {
        const char *name;
        int preambular;
        int operative;
        const char *firstPreambular;
        const char *lastOperative;
    };
    for (const Expected &e : {
             Expected{"A-C.1-80-L.4.en", 24, 13, "Reaffirming that achieving a world without",
                      "13. Decides to include in the provisional agenda of its eighty-first"},
             Expected{"A-C.1-80-L.54.en", 48, 37, "Recalling its previous relevant resolutions",
                      "37. Decides to include in the provisional agenda of its eighty-first"},
             // The annex's declaration, numbered from 1 again, is not the resolution's text.
             Expected{"A-80-L.4.en", 1, 2, "Recalling its resolutions 76/217",
                      "2. Expresses its profound gratitude to the Government and the people of "
                      "Turkmenistan"},
         }) {
        const auto &doc = realDocument(QString::fromLatin1(e.name));
        const ResolutionShape shape = shapeOf(doc);
        EXPECT_EQ(shape.preambular, e.preambular) << e.name;
        EXPECT_EQ(shape.operative, e.operative) << e.name;
        EXPECT_EQ(shape.numbers, oneTo(e.operative)) << e.name;
        ASSERT_FALSE(doc.resolution.isEmpty()) << e.name;
        EXPECT_TRUE(textOf(doc, doc.resolution.first()).startsWith(QLatin1String(e.firstPreambular)))
            << e.name;
        EXPECT_TRUE(textOf(doc, doc.resolution.last()).startsWith(QString::fromUtf8(e.lastOperative)))
            << e.name << ": " << textOf(doc, doc.resolution.last()).toStdString();
    }
}

TEST(RealResolutions, AdoptedResolutionsGiveTheirParagraphsAndDate)
{
    struct Expected
    {
        const char *name;
        int preambular;
        int operative;
        QDate adopted;
        const char *firstOperative;
    };
    for (const Expected &e : {
             Expected{"A-RES-73-6.en", 25, 14, QDate(2018, 10, 26),
                      "1. Notes with appreciation that the preparatory process"},
             Expected{"A-RES-73-7.en", 13, 28, QDate(2018, 10, 29),
                      "1. Welcomes the report of the International Criminal Court"},
             // One unnumbered operative paragraph adopts the Pact, set out after it.
             Expected{"A-RES-79-1.en", 0, 1, QDate(2024, 9, 22),
                      "Adopts the following Pact for the Future and its annexes:"},
         }) {
        const auto &doc = realDocument(QString::fromLatin1(e.name));
        const ResolutionShape shape = shapeOf(doc);
        EXPECT_EQ(shape.preambular, e.preambular) << e.name;
        EXPECT_EQ(shape.operative, e.operative) << e.name;
        EXPECT_EQ(doc.date, e.adopted) << e.name;
        const auto first = std::find_if(doc.resolution.cbegin(), doc.resolution.cend(),
                                        [](const ResolutionParagraph &r) { return r.operative; });
        ASSERT_NE(first, doc.resolution.cend()) << e.name;
        EXPECT_TRUE(textOf(doc, *first).startsWith(QLatin1String(e.firstOperative)))
            << e.name << ": " << textOf(doc, *first).toStdString();
    }
}

TEST(RealResolutions, ReportsAndNotesHaveNoResolutionText)
{
    for (const char *name : {"A-80-630.en", "A-80-596.en", "A-C.4-80-L.1.en", "A-C.6-80-L.1.en"})
        EXPECT_TRUE(realDocument(QString::fromLatin1(name)).resolution.isEmpty()) << name;
}
