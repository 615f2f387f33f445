// The real UN PDFs of ../shared/corpus/real (see its README), read as a new user would import
// them. Every expected value here was read off the pages themselves (pdftotext -layout, and the
// pages rendered with pdftoppm), never off the program's output. Their tables are in
// realpdftablestest.cpp.
#include "realpdfs.h"

#include "workflow/importer.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <functional>

using namespace Rapporteur;

namespace {

using Rapporteur::Test::realDocument;
using Rapporteur::Test::realPdf;
using Rapporteur::Test::realPdfsWithText;

class RealPdfs : public ::testing::Test
{
protected:
    static const ParsedDocument &document(const QString &name) { return realDocument(name); }
};

// Words as pdftotext -raw has them (Poppler's own word building, in content order).
QHash<QString, int> rawWords(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(pdftotext.waitForFinished(60000)) << "pdftotext did not finish";
    QHash<QString, int> words;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (auto it = word.globalMatch(text); it.hasNext();)
        ++words[it.next().captured()];
    return words;
}

// "Confere nce": two neighbours that pdftotext -raw has as one word, one of them never standing
// alone there.
QStringList wordsSplit(const QString &text, const QHash<QString, int> &raw)
{
    static const QRegularExpression edges(QStringLiteral(R"(^\W+|\W+$)"));
    QStringList split;
    const QStringList tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const QString a = QString(tokens[i]).remove(edges);
        const QString b = QString(tokens[i + 1]).remove(edges);
        static const QRegularExpression letters(QStringLiteral("^[A-Za-z]+$"));
        if (!letters.match(a).hasMatch() || !letters.match(b).hasMatch())
            continue;
        if (raw.contains(a + b) && (!raw.contains(a) || !raw.contains(b)))
            split.append(a + QLatin1Char(' ') + b);
    }
    return split;
}

// "forAsia": a word pdftotext -raw never has, made of two words it has.
QStringList wordsGlued(const QString &text, const QHash<QString, int> &raw)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QStringList glued;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() < 4 || raw.contains(w))
            continue;
        for (qsizetype i = 2; i + 2 <= w.size(); ++i) {
            if (raw.contains(w.left(i)) && raw.contains(w.mid(i))) {
                glued.append(w);
                break;
            }
        }
    }
    return glued;
}

QStringList numberedNoteMarkers(const ParsedDocument &doc)
{
    QStringList markers;
    for (const Paragraph &p : doc.paragraphs) {
        for (const Footnote &f : p.footnotes) {
            bool numeric = false;
            f.marker.toInt(&numeric);
            if (numeric && !markers.contains(f.marker))
                markers.append(f.marker);
        }
    }
    return markers;
}

const Paragraph *paragraphStartingWith(const ParsedDocument &doc, const QString &start)
{
    for (const Paragraph &p : doc.paragraphs) {
        if (p.text.startsWith(start))
            return &p;
    }
    return nullptr;
}

// What `check` finds in the text of every paragraph and note of every document, against the words
// pdftotext -raw has in the same PDF; one failure per document that has any.
void expectNoneAgainstRawWords(
    const std::function<QStringList(const QString &, const QHash<QString, int> &)> &check,
    const std::function<const ParsedDocument &(const QString &)> &documentNamed)
{
    for (const QString &name : realPdfsWithText()) {
        const QHash<QString, int> raw = rawWords(realPdf(name));
        QStringList found;
        for (const Paragraph &p : documentNamed(name).paragraphs) {
            found += check(p.text, raw);
            for (const Footnote &f : p.footnotes)
                found += check(f.text, raw);
        }
        EXPECT_TRUE(found.isEmpty())
            << name.toStdString() << ": " << found.join(QStringLiteral(", ")).toStdString();
    }
}

} // namespace

// Justified lines make Poppler split words ("Confere nce", "econ omy"): 94 in 9 of these PDFs
// before the reader judged spaces by the glyphs' geometry.
TEST_F(RealPdfs, NoWordIsSplitThatPdftotextHasWhole)
{
    expectNoneAgainstRawWords(wordsSplit, document);
}

// The other way round: no space lost between two words ("General Assembly" in 22-point type,
// "for Asia" before a kerned capital, table labels beside their figures).
TEST_F(RealPdfs, NoTwoWordsAreGluedThatPdftotextHasApart)
{
    expectNoneAgainstRawWords(wordsGlued, document);
}

// "entitled“Steps": a line join lost the space before an opening quote.
TEST_F(RealPdfs, NoWordIsGluedToAnOpeningQuote)
{
    static const QRegularExpression glued(QStringLiteral("[A-Za-z,;:]“"));
    for (const QString &name : realPdfsWithText()) {
        for (const Paragraph &p : document(name).paragraphs)
            EXPECT_FALSE(p.text.contains(glued))
                << name.toStdString() << ": " << p.text.left(200).toStdString();
    }
}

// The numbered notes of each document, counted under the footnote rule of each page: notes run
// 1..N through a document. Figures at the head of a table's rows in small type ("40 428.4") are
// not notes (A/80/630 gave 197 notes for its 3), and notes that differ only in their numbers
// ("4 A/73/334.", "8 A/73/335.") are not a running footer (A/RES/73/7 lost 4 and 8).
TEST_F(RealPdfs, TheNumberedNotesAreTheNotesUnderTheRule)
{
    const QList<std::pair<QString, int>> counted{
        {QStringLiteral("A-80-590.en"), 1},       {QStringLiteral("A-80-596.en"), 3},
        {QStringLiteral("A-80-604-Add.1.en"), 2}, {QStringLiteral("A-80-604-Add.6.en"), 2},
        {QStringLiteral("A-80-630.en"), 3},       {QStringLiteral("A-80-L.4.en"), 16},
        {QStringLiteral("A-81-6-SECT.16.en"), 3}, {QStringLiteral("A-C.1-80-L.4.en"), 13},
        {QStringLiteral("A-C.1-80-L.54.en"), 16}, {QStringLiteral("A-C.4-80-L.1.en"), 1},
        {QStringLiteral("A-C.6-80-L.1.en"), 3},   {QStringLiteral("A-L.632.en"), 0},
        {QStringLiteral("A-RES-73-6.en"), 6},     {QStringLiteral("A-RES-73-7.en"), 9},
        {QStringLiteral("A-RES-79-1.en"), 26}};
    for (const auto &[name, n] : counted) {
        QStringList expected;
        for (int i = 1; i <= n; ++i)
            expected.append(QString::number(i));
        EXPECT_EQ(numberedNoteMarkers(document(name)), expected) << name.toStdString();
        for (const QString &warning : document(name).warnings) {
            static const QRegularExpression numberedNotFound(
                QStringLiteral(R"(marker of footnote \d+ was not found)"));
            EXPECT_FALSE(warning.contains(numberedNotFound))
                << name.toStdString() << ": " << warning.toStdString();
        }
    }
}

// A/RES/73/7, pages 2 and 3: each note on the paragraph that calls it, also after a semicolon at
// the paragraph's end, and note 1 again where page 2 calls it a second time.
TEST_F(RealPdfs, NotesSitOnTheParagraphsThatCallThem)
{
    const ParsedDocument &doc = document(QStringLiteral("A-RES-73-7.en"));
    const Paragraph *welcomes = paragraphStartingWith(
        doc, QStringLiteral("1. Welcomes the report of the International Criminal Court for "
                            "2017/18;"));
    ASSERT_NE(welcomes, nullptr);
    ASSERT_EQ(welcomes->footnotes.size(), 1);
    EXPECT_EQ(welcomes->footnotes[0].marker, QStringLiteral("4"));
    EXPECT_EQ(welcomes->footnotes[0].text, QStringLiteral("A/73/334."));
    EXPECT_EQ(welcomes->text,
              QStringLiteral("1. Welcomes the report of the International Criminal Court for "
                             "2017/18;"));

    const Paragraph *alsoWelcomes =
        paragraphStartingWith(doc, QStringLiteral("2. Also welcomes the States that have become "
                                                  "parties to the Rome Statute"));
    ASSERT_NE(alsoWelcomes, nullptr);
    ASSERT_EQ(alsoWelcomes->footnotes.size(), 1);
    EXPECT_EQ(alsoWelcomes->footnotes[0].marker, QStringLiteral("1"));
    EXPECT_TRUE(alsoWelcomes->text.contains(
        QStringLiteral("the International Criminal Court, and calls upon all States")));

    const Paragraph *guidance = paragraphStartingWith(
        doc, QStringLiteral("13. Recalls the guidance issued by the Secretary-General"));
    ASSERT_NE(guidance, nullptr);
    QStringList markers;
    for (const Footnote &f : guidance->footnotes)
        markers.append(f.marker);
    EXPECT_EQ(markers, (QStringList{QStringLiteral("7"), QStringLiteral("8")}));
}

// A/RES/79/1, page 12: the label "(a)" hangs in the margin, and Poppler's order put the next
// line ("conflict;") between it and its text. Page 23: "39." set apart from "We commit, by 2030,
// to:", which stood as two paragraphs.
TEST_F(RealPdfs, HangingLabelsJoinTheirText)
{
    const ParsedDocument &doc = document(QStringLiteral("A-RES-79-1.en"));
    const Paragraph *label = paragraphStartingWith(
        doc, QStringLiteral("(a) Take concrete and practical measures to protect all civilians"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text, QStringLiteral("(a) Take concrete and practical measures to protect all "
                                          "civilians in armed conflict;"));
    const Paragraph *numbered = paragraphStartingWith(doc, QStringLiteral("39. We commit"));
    ASSERT_NE(numbered, nullptr);
    EXPECT_EQ(numbered->text, QStringLiteral("39. We commit, by 2030, to:"));
}

// A/80/630, page 34, a landscape page: its header "A/80/630" and footer "34/34" and "26-01656"
// stand upright at its edges, and the heading "Annex" at its head was read after the page.
TEST_F(RealPdfs, ALandscapePageLosesItsTurnedHeaderAndFooter)
{
    QStringList page34;
    for (const Paragraph &p : document(QStringLiteral("A-80-630.en")).paragraphs) {
        if (p.page == 34)
            page34.append(p.text);
    }
    EXPECT_EQ(page34,
              (QStringList{QStringLiteral("Annex"), QStringLiteral("Organization chart"),
                           QStringLiteral("Abbreviations: ASG, Assistant Secretary-General; "
                                          "FS, Field Service; NGS, national General "
                                          "Service; NPO, National Professional Officer.")}));
}

// The job numbers of the footers ("26-01656", "18-18142 (E)") stay out of the text of all 15.
TEST_F(RealPdfs, NoJobNumberInTheText)
{
    static const QRegularExpression jobNumber(QStringLiteral(R"(\b\d{2}-\d{5}\b)"));
    for (const QString &name : realPdfsWithText()) {
        for (const Paragraph &p : document(name).paragraphs)
            EXPECT_FALSE(p.text.contains(jobNumber))
                << name.toStdString() << ": " << p.text.left(200).toStdString();
    }
}

// Symbol, title, date and language as the first page prints them. The title is the document's
// own (not the agenda item's in the session block at the margin, nor a resolution's adoption
// line), whole over its lines; a resolution's date is the day it was adopted; the fascicle's
// symbol keeps its section and part, without the asterisk of its note.
TEST_F(RealPdfs, FirstPagesGiveSymbolTitleDateAndLanguage)
{
    struct Expected
    {
        QString file;
        QString symbol;
        QString title;
        QDate date;
    };
    const QList<Expected> expected{
        {QStringLiteral("A-80-590.en"), QStringLiteral("A/80/590"),
         QStringLiteral("Budget performance of the United Nations Multidimensional Integrated "
                        "Stabilization Mission in Mali for the period from 1 July 2024 to 30 June "
                        "2025"),
         QDate(2026, 1, 7)},
        {QStringLiteral("A-80-596.en"), QStringLiteral("A/80/596"),
         QStringLiteral("Budget performance for the period from 1 July 2024 to 30 June 2025 and "
                        "budget for the period from 1 July 2026 to 30 June 2027 for the United "
                        "Nations Disengagement Observer Force"),
         QDate(2026, 1, 23)},
        {QStringLiteral("A-80-604-Add.1.en"), QStringLiteral("A/80/604/Add.1"),
         QStringLiteral("Budget performance for the period from 1 July 2024 to 30 June 2025 and "
                        "budget for the period from 1 July 2026 to 30 June 2027 for the United "
                        "Nations Disengagement Observer Force"),
         QDate(2026, 4, 7)},
        {QStringLiteral("A-80-604-Add.6.en"), QStringLiteral("A/80/604/Add.6"),
         QStringLiteral("Budget performance for the period from 1 July 2024 to 30 June 2025 and "
                        "proposed budget for the period from 1 July 2026 to 30 June 2027 for the "
                        "United Nations Interim Administration Mission in Kosovo"),
         QDate(2026, 4, 7)},
        {QStringLiteral("A-80-630.en"), QStringLiteral("A/80/630"),
         QStringLiteral("Budgets for the periods from 1 October 2025 to 30 June 2026 and from 1 "
                        "July 2026 to 30 June 2027 for the United Nations Support Office in Haiti"),
         QDate(2026, 2, 10)},
        {QStringLiteral("A-80-L.4.en"), QStringLiteral("A/80/L.4"),
         QStringLiteral("Awaza Political Declaration"), QDate(2025, 10, 6)},
        {QStringLiteral("A-81-6-SECT.16.en"), QStringLiteral("A/81/6 (Sect. 16)/Part A"),
         QStringLiteral("Proposed programme budget for 2027"), QDate(2026, 3, 9)},
        {QStringLiteral("A-C.1-80-L.4.en"), QStringLiteral("A/C.1/80/L.4"),
         QStringLiteral("Steps to building a common roadmap towards a world without nuclear "
                        "weapons"),
         QDate(2025, 10, 1)},
        {QStringLiteral("A-C.1-80-L.54.en"), QStringLiteral("A/C.1/80/L.54"),
         QStringLiteral("Regional confidence-building measures: activities of the United Nations "
                        "Standing Advisory Committee on Security Questions in Central Africa"),
         QDate(2025, 10, 16)},
        {QStringLiteral("A-C.4-80-L.1.en"), QStringLiteral("A/C.4/80/L.1"),
         QStringLiteral("Organization of work"), QDate(2025, 9, 12)},
        {QStringLiteral("A-C.6-80-L.1.en"), QStringLiteral("A/C.6/80/L.1"),
         QStringLiteral("Organization of work"), QDate(2025, 9, 15)},
        {QStringLiteral("A-RES-73-6.en"), QStringLiteral("A/RES/73/6"),
         QStringLiteral("Fiftieth anniversary of the first United Nations Conference on the "
                        "Exploration and Peaceful Uses of Outer Space: space as a driver of "
                        "sustainable development"),
         QDate(2018, 10, 26)},
        {QStringLiteral("A-RES-73-7.en"), QStringLiteral("A/RES/73/7"),
         QStringLiteral("Report of the International Criminal Court"), QDate(2018, 10, 29)},
        {QStringLiteral("A-RES-79-1.en"), QStringLiteral("A/RES/79/1"),
         QStringLiteral("The Pact for the Future"), QDate(2024, 9, 22)}};
    for (const Expected &e : expected) {
        const ParsedDocument &doc = document(e.file);
        SCOPED_TRACE(e.file.toStdString());
        EXPECT_EQ(doc.symbol, e.symbol);
        EXPECT_FALSE(doc.symbolProvisional);
        EXPECT_EQ(doc.title, e.title);
        EXPECT_EQ(doc.date, e.date);
        EXPECT_EQ(doc.language, QStringLiteral("en"));
    }
}

// Notes marked by signs: A/C.1/80/L.54 and A/80/L.4 call "*" from their sponsor line
// ("Chad:* draft resolution"). The fascicle A/81/6 (Sect. 16)/Part A calls "*" from its symbol
// in the masthead, which is no text: a note of the document; "**" from its session block
// ("Items 138 and 139 of the preliminary list**"). Read off page 1.
TEST_F(RealPdfs, SignedNotesGoToTheSponsorLineOrToTheDocument)
{
    const Paragraph *chad = paragraphStartingWith(document(QStringLiteral("A-C.1-80-L.54.en")),
                                                  QStringLiteral("Chad: draft resolution"));
    ASSERT_NE(chad, nullptr);
    ASSERT_EQ(chad->footnotes.size(), 1);
    EXPECT_EQ(chad->footnotes[0].marker, QStringLiteral("*"));
    EXPECT_EQ(chad->footnotes[0].text,
              QStringLiteral("On behalf of the States Members of the United Nations that are "
                             "members of the Economic Community of Central African States."));
    EXPECT_TRUE(document(QStringLiteral("A-C.1-80-L.54.en")).warnings.isEmpty());
    EXPECT_TRUE(document(QStringLiteral("A-80-L.4.en")).warnings.isEmpty());

    const ParsedDocument &fascicle = document(QStringLiteral("A-81-6-SECT.16.en"));
    ASSERT_EQ(fascicle.notes.size(), 1);
    EXPECT_EQ(fascicle.notes[0].marker, QStringLiteral("*"));
    EXPECT_EQ(fascicle.notes[0].text,
              QStringLiteral("The present document (A/81/6 (Sect. 16)/Part A), consisting of the "
                             "programme plan and programme performance information (part II; see "
                             "General Assembly resolution 77/267, para. 10), will be replaced by a "
                             "document containing parts A and B (A/81/6 (Sect. 16)) once part B "
                             "is issued."));
    const Paragraph *items = paragraphStartingWith(
        fascicle, QStringLiteral("Items 138 and 139 of the preliminary list"));
    ASSERT_NE(items, nullptr);
    ASSERT_EQ(items->footnotes.size(), 1);
    EXPECT_EQ(items->footnotes[0].marker, QStringLiteral("**"));
    EXPECT_EQ(items->footnotes[0].text, QStringLiteral("A/81/50."));
}

// A/C.6/80/L.1, page 6: a page that also holds a table (reaching further right than the prose)
// cut its paragraphs at every line; paragraph 6 came in three pieces.
TEST_F(RealPdfs, ProseBesideATableStaysWhole)
{
    const Paragraph *sixth = paragraphStartingWith(
        document(QStringLiteral("A-C.6-80-L.1.en")),
        QStringLiteral("6. The General Assembly, at its 2nd plenary meeting"));
    ASSERT_NE(sixth, nullptr);
    EXPECT_EQ(sixth->text,
              QStringLiteral("6. The General Assembly, at its 2nd plenary meeting, held on 12 "
                             "September 2025, upon the recommendation of the General Committee "
                             "(see A/80/250), fixed the target date of 21 November 2025 for the "
                             "completion of the work of the Sixth Committee."));
}

// A/L.632 (1971), a typescript with an OCR'd text layer: its masthead in capitals ("UNITED",
// "GENERAL" / "ASSEMBLY", "Distr." / "LIMITED", "ORIGINAL: ENGLISH") and the library's stamp
// above it are not text; its title is the block in capitals; its double-spaced operative
// paragraph, ragged at the right, is one paragraph. Read off the page.
TEST_F(RealPdfs, AnOldTypescriptReadsAsParagraphsUnderItsMasthead)
{
    const ParsedDocument &doc = document(QStringLiteral("A-L.632.en"));
    EXPECT_EQ(doc.symbol, QStringLiteral("A/L.632"));
    EXPECT_EQ(doc.title, QStringLiteral("RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE'S REPUBLIC "
                                        "OF CHINA IN THE UNITED NATIONS"));
    EXPECT_EQ(doc.originalLanguages, QStringList{QStringLiteral("en")});
    QStringList texts;
    for (const Paragraph &p : doc.paragraphs)
        texts.append(p.text);
    EXPECT_TRUE(texts.contains(QStringLiteral("The General Assembly,")));
    EXPECT_TRUE(texts.contains(
        QStringLiteral("Recalling the provisions of the Charter of the United Nations,")));
    EXPECT_TRUE(texts.contains(QStringLiteral(
        "Decides that any proposal in the General Assembly which would result in depriving the "
        "Republic of China of representation in the United Nations is an important question under "
        "Article 18 of the Charter.")));
    for (const QString &text : texts) {
        for (const char *masthead : {"UBRAR", "Distr.", "LIMITED", "ORIGINAL", "ASSEMBLY"})
            EXPECT_FALSE(text.contains(QLatin1String(masthead))) << text.toStdString();
    }
}

TEST(RealScans, AnImageOnlyScanIsRefusedAsNeedingOcr)
{
    NullProgress progress;
    CancelToken cancel;
    auto prepared = Workflow::prepareImport({realPdf(QStringLiteral("A-RES-2758-XXVI.ru")), {}, {}},
                                            progress, cancel);
    ASSERT_FALSE(prepared.ok());
    EXPECT_TRUE(prepared.error().userMessage.contains(QStringLiteral("OCR")));
}
