// English documents read by the same segmenter as Chinese ones, with the English language file
// (data/languages/en.tsv). The fixtures are written by hand in the shape of pdftotext's output of
// UN reports; the expected values are read off the fixtures by hand.
#include "pipeline.h"

#include "referencedata/entityregistry.h"
#include "segmentation/committeereport.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::fixturePath;

namespace {

using Rapporteur::Test::entityCodes;

ParsedDocument readEnglish(const QString &fixture, const QString &symbol)
{
    ParsedDocument doc = Test::readDocument(fixturePath(fixture));
    doc.symbol = symbol;
    Segmentation::readCommitteeReport(doc, ReferenceData::EntityRegistry::builtIn());
    return doc;
}

QString paragraphsOf(const ParsedDocument &doc)
{
    QString out;
    for (qsizetype i = 0; i < doc.paragraphs.size(); ++i)
        out += QStringLiteral("[%1 %2] %3\n")
                   .arg(i)
                   .arg(paragraphKindName(doc.paragraphs[i].kind), doc.paragraphs[i].text);
    return out;
}

QStringList list(std::initializer_list<const char *> codes)
{
    QStringList out;
    for (const char *c : codes)
        out.append(QString::fromLatin1(c));
    return out;
}

} // namespace

TEST(EnglishCommitteeReport, ThreeRecordedVotesWithTheirListsAndNotes)
{
    const ParsedDocument doc = readEnglish(QStringLiteral("committee-report-three-votes.en.txt"),
                                           QStringLiteral("A/99/416"));
    EXPECT_EQ(doc.language, QStringLiteral("en"));
    EXPECT_TRUE(doc.errors.isEmpty()) << doc.errors.join(u'\n').toStdString() << "\n"
                                      << paragraphsOf(doc).toStdString();
    ASSERT_EQ(doc.votes.size(), 3) << paragraphsOf(doc).toStdString();

    const RecordedVote &a = doc.votes[0];
    EXPECT_EQ(a.label, QStringLiteral("(a)"));
    EXPECT_EQ(a.subjectKind, VoteSubjectKind::PreambularParagraph);
    EXPECT_EQ(a.subjectNumber, 3);
    EXPECT_EQ(a.outcome, QStringLiteral("retained"));
    EXPECT_EQ(a.draftSymbol, QStringLiteral("A/C.1/99/L.9/Rev.1"));
    EXPECT_EQ(a.date, QDate(2030, 11, 6));
    EXPECT_EQ(a.meeting, 31);
    EXPECT_EQ(entityCodes(a.yes), list({"DZA", "BLR", "CHN", "CUB", "EGY", "TUR", "VEN"}));
    EXPECT_EQ(entityCodes(a.no), list({"AUS", "CAN", "GBR"}));
    EXPECT_EQ(entityCodes(a.abstain), list({"BRA", "JPN"}));
    ASSERT_EQ(a.notes.size(), 1);
    EXPECT_EQ(a.notes[0].state.entityCode, QStringLiteral("CIV"));
    EXPECT_EQ(a.notes[0].intended, VotePosition::Abstain);

    // Its list in favour is broken by a page end, a footnote and the page's furniture.
    const RecordedVote &b = doc.votes[1];
    EXPECT_EQ(b.label, QStringLiteral("(b)"));
    EXPECT_EQ(b.subjectKind, VoteSubjectKind::OperativeParagraph);
    EXPECT_EQ(b.subjectNumber, 2);
    EXPECT_EQ(entityCodes(b.yes), list({"DZA", "BLR", "BRA", "CHN", "CUB", "EGY", "TUR", "VEN"}));
    EXPECT_EQ(entityCodes(b.no), list({"AUS", "CAN", "NLD"}));
    EXPECT_EQ(entityCodes(b.abstain), list({"JPN"}));
    EXPECT_EQ(b.statedAbstain, 1);
    EXPECT_TRUE(b.notes.isEmpty());

    const RecordedVote &c = doc.votes[2];
    EXPECT_EQ(c.subjectKind, VoteSubjectKind::WholeDraft);
    EXPECT_EQ(c.outcome, QStringLiteral("adopted"));
    EXPECT_EQ(c.draftSymbol, QStringLiteral("A/C.1/99/L.9/Rev.1"));
    EXPECT_EQ(entityCodes(c.yes),
              list({"DZA", "BLR", "BRA", "CHN", "CUB", "EGY", "TTO", "TUR", "VEN"}));
    EXPECT_EQ(entityCodes(c.abstain), list({"JPN", "MDA"}));
    ASSERT_EQ(c.notes.size(), 1);
    EXPECT_EQ(c.notes[0].state.entityCode, QStringLiteral("MDG"));
    EXPECT_EQ(c.notes[0].intended, VotePosition::Yes);
    for (const RecordedVote &v : doc.votes)
        EXPECT_TRUE(v.countsMatch()) << v.label.toStdString();
}

TEST(EnglishCommitteeReport, SponsorsWhoIntroducedAndWhoJoined)
{
    const ParsedDocument doc = readEnglish(QStringLiteral("committee-report-three-votes.en.txt"),
                                           QStringLiteral("A/99/416"));
    ASSERT_EQ(doc.sponsorships.size(), 1) << paragraphsOf(doc).toStdString();
    const Sponsorship &s = doc.sponsorships[0];
    EXPECT_EQ(s.draftSymbol, QStringLiteral("A/C.1/99/L.9/Rev.1"));
    EXPECT_EQ(entityCodes(s.main),
              list({"CHN", "BLR", "KHM", "LAO", "NIC", "RUS", "SYR", "VEN", "ZWE"}));
    EXPECT_EQ(entityCodes(s.joined), list({"BDI", "CIV", "PSE"}));
    EXPECT_TRUE(doc.warnings.isEmpty()) << doc.warnings.join(u'\n').toStdString();
}

TEST(EnglishCommitteeReport, RecommendedDraftResolutionAndTheParagraphsVotedOn)
{
    const ParsedDocument doc = readEnglish(QStringLiteral("committee-report-three-votes.en.txt"),
                                           QStringLiteral("A/99/416"));
    QStringList read;
    for (const ResolutionParagraph &r : doc.resolution)
        read.append(QStringLiteral("%1%2: %3")
                        .arg(r.operative ? QStringLiteral("o") : QStringLiteral("p"))
                        .arg(r.number)
                        .arg(doc.paragraphs[r.paragraph].text.left(24)));
    EXPECT_EQ(read, (QStringList{QStringLiteral("p1: Recalling its resolution"),
                                 QStringLiteral("p2: Reaffirming the right of"),
                                 QStringLiteral("p3: Noting with concern that"),
                                 QStringLiteral("o1: 1. Encourages all Member"),
                                 QStringLiteral("o2: 2. Requests the Secretar"),
                                 QStringLiteral("o3: 3. Decides to include in")}))
        << paragraphsOf(doc).toStdString();
    ASSERT_EQ(doc.votes.size(), 3);
    EXPECT_EQ(doc.votes[0].subjectParagraph, doc.resolution[2].paragraph);
    EXPECT_EQ(doc.votes[1].subjectParagraph, doc.resolution[4].paragraph);
    EXPECT_EQ(doc.votes[2].subjectParagraph, -1);
}

TEST(EnglishCompilationReport, EveryStateHeadingWithItsOriginalLanguagesAndDate)
{
    const ParsedDocument doc =
        readEnglish(QStringLiteral("compilation-small.en.txt"), QStringLiteral("A/77/999"));
    EXPECT_EQ(doc.language, QStringLiteral("en"));
    EXPECT_EQ(doc.title, QStringLiteral("Promoting international cooperation on peaceful uses in "
                                        "the context of international security"));
    struct Expected
    {
        const char *code;
        const char *heading;
        QStringList languages;
        QDate date;
    };
    const QStringList en{QStringLiteral("en")};
    const QList<Expected> expected{
        {"AUS", "Australia", en, QDate(2022, 5, 19)},
        {"BLR", "Belarus", {QStringLiteral("ru")}, QDate(2022, 5, 16)},
        {"CAN", "Canada", {QStringLiteral("en"), QStringLiteral("fr")}, QDate(2022, 5, 20)},
        {"CIV", "Côte d'Ivoire", {QStringLiteral("fr")}, QDate(2022, 5, 23)},
        {"JPN", "Japan", en, QDate(2022, 5, 24)},
        // Broken over two lines, as long names are.
        {"NLD", "Netherlands (Kingdom of the)", en, QDate(2022, 5, 25)},
        {"PSE", "State of Palestine", {QStringLiteral("ar")}, QDate(2022, 5, 26)},
        {"TUR", "Türkiye", en, QDate(2022, 5, 27)},
        {"GBR", "United Kingdom of Great Britain and Northern Ireland", en, QDate(2022, 5, 28)},
        {"VEN", "Venezuela (Bolivarian Republic of)", {QStringLiteral("es")}, QDate(2022, 5, 30)},
        // "B. European Union" heads both the group and the Union's submission.
        {"EUU", "B. European Union", en, QDate(2022, 5, 31)},
        {"VAT", "Holy See", en, QDate(2022, 5, 18)},
    };
    ASSERT_EQ(doc.submissions.size(), expected.size()) << paragraphsOf(doc).toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Submission &s = doc.submissions[i];
        EXPECT_EQ(s.entityCode, QLatin1String(expected[i].code)) << i;
        EXPECT_EQ(s.heading, QString::fromUtf8(expected[i].heading)) << i;
        EXPECT_EQ(s.languages, expected[i].languages) << i;
        EXPECT_EQ(s.date, expected[i].date) << i;
    }
    EXPECT_EQ(doc.submissions[0].group, QStringLiteral("A. Governments"));
    EXPECT_EQ(doc.submissions[10].group, QStringLiteral("B. European Union"));
    EXPECT_EQ(doc.submissions[11].section, QStringLiteral("III. Observer States"));
    EXPECT_TRUE(doc.warnings.isEmpty()) << doc.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(doc.votes.isEmpty());
    EXPECT_TRUE(doc.sponsorships.isEmpty());
    EXPECT_TRUE(doc.resolution.isEmpty());
}

TEST(EnglishCompilationReport, SubmissionTextWithItsHeadingAndNote)
{
    const ParsedDocument doc =
        readEnglish(QStringLiteral("compilation-small.en.txt"), QStringLiteral("A/77/999"));
    QStringList australia;
    const Paragraph *belarus = nullptr;
    for (const Paragraph &p : doc.paragraphs) {
        if (p.submission == 0)
            australia.append(QStringLiteral("%1: %2").arg(paragraphKindName(p.kind), p.text));
        if (p.submission == 1)
            belarus = &p;
    }
    EXPECT_EQ(australia,
              (QStringList{QStringLiteral("body: Australia considers that export controls are "
                                          "essential to preventing proliferation and do not "
                                          "hinder legitimate trade."),
                           QStringLiteral("heading: Export controls"),
                           QStringLiteral("body: Membership criteria of the Australia Group are "
                                          "published on its website.")}));
    ASSERT_NE(belarus, nullptr);
    EXPECT_EQ(belarus->text,
              QStringLiteral("Belarus supports the resolution. It serves the interests of all "
                             "States."));
    ASSERT_EQ(belarus->footnotes.size(), 1);
    EXPECT_EQ(belarus->footnotes[0].marker, QStringLiteral("1"));
    EXPECT_EQ(belarus->footnotes[0].text, QStringLiteral("See A/RES/76/234."));
}

// A resolution's own lines: the day the Assembly adopted it, and the report it was adopted on,
// which becomes a link to that report.
TEST(EnglishResolution, AdoptionDateReportLinkAndParagraphs)
{
    const ParsedDocument doc =
        readEnglish(QStringLiteral("resolution-on-report.en.txt"), QStringLiteral("A/RES/99/80"));
    EXPECT_EQ(doc.date, QDate(2030, 12, 2));
    const auto reference =
        std::find_if(doc.paragraphs.cbegin(), doc.paragraphs.cend(), [](const Paragraph &p) {
            return p.text.startsWith(QStringLiteral("[on the report of"));
        });
    ASSERT_NE(reference, doc.paragraphs.cend()) << paragraphsOf(doc).toStdString();
    ASSERT_EQ(reference->links.size(), 1);
    EXPECT_EQ(reference->links[0].symbol, QStringLiteral("A/99/416"));
    QStringList read;
    for (const ResolutionParagraph &r : doc.resolution)
        read.append(QStringLiteral("%1%2")
                        .arg(r.operative ? QStringLiteral("o") : QStringLiteral("p"))
                        .arg(r.number));
    EXPECT_EQ(read, (QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("o1"),
                                 QStringLiteral("o2")}))
        << paragraphsOf(doc).toStdString();
    EXPECT_TRUE(doc.sponsorships.isEmpty());
}

// "… by a recorded vote of 5 to none, with 1 abstention", told as the Committee's act, an empty
// list written "None." and a note for two delegations at once.
TEST(EnglishCommitteeReport, AVoteToNoneAndANoteForTwoDelegations)
{
    const ParsedDocument doc =
        readEnglish(QStringLiteral("vote-to-none.en.txt"), QStringLiteral("A/99/400"));
    EXPECT_TRUE(doc.errors.isEmpty()) << doc.errors.join(u'\n').toStdString() << "\n"
                                      << paragraphsOf(doc).toStdString();
    ASSERT_EQ(doc.votes.size(), 1) << paragraphsOf(doc).toStdString();
    const RecordedVote &v = doc.votes[0];
    EXPECT_EQ(v.subjectKind, VoteSubjectKind::WholeDraft);
    EXPECT_EQ(v.draftSymbol, QStringLiteral("A/C.1/99/L.2"));
    EXPECT_EQ(v.outcome, QStringLiteral("adopted"));
    EXPECT_EQ(v.statedYes, 5);
    EXPECT_EQ(v.statedNo, 0);
    EXPECT_EQ(v.statedAbstain, 1);
    EXPECT_EQ(entityCodes(v.yes), list({"DZA", "ATG", "BLR", "CHN", "NOR"}));
    EXPECT_TRUE(v.no.isEmpty());
    EXPECT_EQ(entityCodes(v.abstain), list({"JPN"}));
    ASSERT_EQ(v.notes.size(), 2);
    EXPECT_EQ(v.notes[0].state.entityCode, QStringLiteral("JPN"));
    EXPECT_EQ(v.notes[1].state.entityCode, QStringLiteral("RUS"));
    EXPECT_EQ(v.notes[1].intended, VotePosition::Yes);
}
