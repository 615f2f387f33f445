// The real UN PDFs of ../shared/corpus/real (see its README), read as a new user would import
// them. Every expected value here was read off the pages themselves (pdftotext -layout, and the
// pages rendered with pdftoppm), never off the program's output. Each PDF is read once for the
// whole suite.
#include "workflow/importer.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <functional>

using namespace Rapporteur;

namespace {

QString realPdf(const QString &name)
{
    return QDir(QStringLiteral(RAPPORTEUR_REAL_CORPUS)).filePath(name + QStringLiteral(".pdf"));
}

// The PDFs with a text layer (A-RES-2758-XXVI.ru is an image-only scan).
const QStringList kWithText{
    QStringLiteral("A-80-590.en"),       QStringLiteral("A-80-596.en"),
    QStringLiteral("A-80-604-Add.1.en"), QStringLiteral("A-80-604-Add.6.en"),
    QStringLiteral("A-80-630.en"),       QStringLiteral("A-80-L.4.en"),
    QStringLiteral("A-81-6-SECT.16.en"), QStringLiteral("A-C.1-80-L.4.en"),
    QStringLiteral("A-C.1-80-L.54.en"),  QStringLiteral("A-C.4-80-L.1.en"),
    QStringLiteral("A-C.6-80-L.1.en"),   QStringLiteral("A-L.632.en"),
    QStringLiteral("A-RES-73-6.en"),     QStringLiteral("A-RES-73-7.en"),
    QStringLiteral("A-RES-79-1.en")};

class RealPdfs : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        for (const QString &name : kWithText) {
            NullProgress progress;
            CancelToken cancel;
            auto prepared = Workflow::prepareImport({realPdf(name), {}, {}}, progress, cancel);
            ASSERT_TRUE(prepared.ok())
                << name.toStdString() << ": " << prepared.error().userMessage.toStdString();
            documents().insert(name, prepared->document);
        }
    }

    static QHash<QString, ParsedDocument> &documents()
    {
        static QHash<QString, ParsedDocument> read;
        return read;
    }

    static const ParsedDocument &document(const QString &name) { return documents()[name]; }
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
    for (const QString &name : kWithText) {
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
    for (const QString &name : kWithText) {
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
    for (const QString &name : kWithText) {
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

// The first table with a row whose cell in `column` is `text`; null when none.
const DocumentTable *tableWithCell(const ParsedDocument &doc, int column, const QString &text)
{
    for (const DocumentTable &t : doc.tables) {
        for (const TableRow &row : t.rows) {
            if (column < row.cells.size() && row.cells[column] == text)
                return &t;
        }
    }
    return nullptr;
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

// A/80/596, page 22: a table of decisions and the action taken, two columns of prose a gutter of
// about an em apart. Read across, the two interleaved ("… of its resolution UNDOF conducts
// regular …"); it is a table, each cell whole.
TEST_F(RealPdfs, SideBySideColumnsOfTextAreReadAsATable)
{
    const ParsedDocument &doc = document(QStringLiteral("A-80-596.en"));
    const QString request = QStringLiteral(
        "Recalls the provisions of section XVIII of its resolution 61/276, recognizes the "
        "important role played by quick-impact projects in establishing and building confidence "
        "in missions, further recognizes the importance of conducting assessments of the "
        "quick-impact projects regularly, on their needs and impact as required in resolution "
        "61/276, requests the Secretary-General to include the conducted assessments in his next "
        "reports, and also requests the Secretary-General to enhance their impact (para. 82).");
    const DocumentTable *table = tableWithCell(doc, 0, request);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->columnCount(), 2);
    const auto row = std::find_if(table->rows.cbegin(), table->rows.cend(),
                                  [&](const TableRow &r) { return r.cells[0] == request; });
    EXPECT_TRUE(row->cells[1].startsWith(QStringLiteral(
        "UNDOF conducts regular internal assessments through reviews and direct meetings with "
        "Syrian caretaker authorities and beneficiaries from the local communities. The most "
        "recent assessment of the Force’s quick-impact projects covered the projects implemented "
        "between 2023 and 2024.")))
        << row->cells[1].toStdString();
    for (const Paragraph &p : doc.paragraphs)
        EXPECT_FALSE(p.text.contains(QStringLiteral("Recalls the provisions of section XVIII")));
}

// Tables read off the pages (pdftoppm): their caption, header rows, rows of cells and notes.
TEST_F(RealPdfs, TablesAreReadAsTables)
{
    // A/80/630, page 2: the summary's financial table, "Variance" set over its two columns, a
    // label over two lines, figures with a space for thousands.
    const ParsedDocument &summary = document(QStringLiteral("A-80-630.en"));
    const DocumentTable *money = tableWithCell(summary, 0, QStringLiteral("Total requirements"));
    ASSERT_NE(money, nullptr);
    EXPECT_EQ(money->caption, QStringLiteral("(Thousands of United States dollars; budget year is "
                                             "from 1 July to 30 June)"));
    EXPECT_EQ(money->firstPage, 2);
    ASSERT_EQ(money->rows.size(), 10);
    EXPECT_EQ(money->rows[0], (TableRow{cells({"", "", "", "Variance", ""}), true}));
    EXPECT_EQ(money->rows[1], (TableRow{cells({"Category", "2025/26 cost estimates",
                                               "2026/27 cost estimates", "Amount", "Percentage"}),
                                        true}));
    EXPECT_EQ(money->rows[2], (TableRow{cells({"Military and police personnel", "40 428.4",
                                               "94 628.1", "54 199.7", "134.1"}),
                                        false}));
    EXPECT_EQ(money->rows[8],
              (TableRow{cells({"Voluntary contributions in kind (budgeted)", "–", "–", "–", "–"}),
                        false}));
    EXPECT_EQ(
        money->rows[9],
        (TableRow{cells({"Total requirements", "271 328.7", "403 583.2", "132 254.5", "48.7"}),
                  false}));

    // A/80/604/Add.6, page 1: the Advisory Committee's box, no header, its notes a and b under it.
    const ParsedDocument &box = document(QStringLiteral("A-80-604-Add.6.en"));
    ASSERT_FALSE(box.tables.isEmpty());
    const DocumentTable &first = box.tables.first();
    EXPECT_EQ(first.firstPage, 1);
    ASSERT_EQ(first.rows.size(), 10);
    EXPECT_EQ(first.rows[0],
              (TableRow{cells({"Appropriation for 2024/25", "$43,684,700"}), false}));
    EXPECT_EQ(first.rows[7].cells,
              cells({"Proposal submitted by the Secretary-General for 2026/27ᵃ", "$42,022,400"}));
    ASSERT_EQ(first.notes.size(), 2);
    EXPECT_EQ(first.notes[0], (Footnote{QStringLiteral("a"),
                                        QStringLiteral("Estimates as at 28 February 2026."), -1}));
    EXPECT_EQ(first.notes[1].marker, QStringLiteral("b"));
    EXPECT_EQ(first.notes[1].text, QStringLiteral("Excludes one-time requirements for termination "
                                                  "entitlements payable to staff members."));

    // A/81/6 (Sect. 16), page 25: Table 16.4, three columns of prose; a cell holds two
    // paragraphs, and the third column's second one starts half a line lower than the first's.
    const ParsedDocument &fascicle = document(QStringLiteral("A-81-6-SECT.16.en"));
    const auto measure =
        std::find_if(fascicle.tables.cbegin(), fascicle.tables.cend(), [](const DocumentTable &t) {
            return t.caption.startsWith(QStringLiteral("Table 16.4"));
        });
    ASSERT_NE(measure, fascicle.tables.cend());
    EXPECT_EQ(measure->caption, QStringLiteral("Table 16.4 Performance measure"));
    ASSERT_EQ(measure->rows.size(), 2);
    EXPECT_EQ(measure->rows[0],
              (TableRow{cells({"2023 (actual)", "2024 (actual)", "2025 (actual)"}), true}));
    EXPECT_EQ(measure->rows[1].cells[1],
              QStringLiteral("Côte d’Ivoire sentenced 13 crime organizers, disrupting a "
                             "transnational cocaine network operating from Suriname to Europe "
                             "via Côte d’Ivoire"));
    EXPECT_EQ(measure->rows[1].cells[2],
              QStringLiteral("Eight arrests and one prosecution involving seven suspects linked "
                             "to a large cocaine seizure case in Germany\nEstablishment of a "
                             "joint investigative team between the Plurinational State of "
                             "Bolivia and Peru to address crimes that affect the environment"));
}

// More tables read off their pages: A/80/590 page 3, A/80/596 pages 3 and 4 (one table continued
// overleaf under its repeated header), A/80/604/Add.1 page 1.
TEST_F(RealPdfs, TablesOfEveryReportAreReadAsTables)
{
    const ParsedDocument &mali = document(QStringLiteral("A-80-590.en"));
    const DocumentTable *performance =
        tableWithCell(mali, 0, QStringLiteral("Voluntary contributions in kind (budgeted)"));
    ASSERT_NE(performance, nullptr);
    EXPECT_EQ(performance->caption,
              QStringLiteral("Performance of financial resources (Thousands of United States "
                             "dollars; budget year is from 1 July 2024 to 30 June 2025)"));
    ASSERT_EQ(performance->rows.size(), 10);
    EXPECT_EQ(performance->rows[1],
              (TableRow{cells({"Category", "Apportionment", "Expenditure", "Amount", "Percentage"}),
                        true}));
    EXPECT_EQ(performance->rows[2].cells, cells({"Military and police personnel", "37 339.0",
                                                 "48 442.5", "(11 103.5)", "(29.7)"}));
    EXPECT_EQ(performance->rows[9].cells,
              cells({"Total requirements", "202 783.5", "164 805.9", "37 977.6", "18.7"}));

    const ParsedDocument &undof = document(QStringLiteral("A-80-596.en"));
    const DocumentTable *resources =
        tableWithCell(undof, 0, QStringLiteral("Staff assessment income"));
    ASSERT_NE(resources, nullptr);
    EXPECT_EQ(resources->firstPage, 3);
    EXPECT_EQ(resources->lastPage, 4);
    ASSERT_EQ(resources->columnCount(), 9);
    QStringList labels;
    for (const TableRow &row : resources->rows) {
        if (!row.header)
            labels.append(row.cells[0]);
    }
    EXPECT_EQ(labels,
              cells({"Military and police personnel", "Civilian personnel", "Operational costs",
                     "Gross requirements", "Staff assessment income", "Net requirements",
                     "Voluntary contributions in kind (budgeted)", "Total requirements"}));
    EXPECT_EQ(resources->rows.last().cells,
              cells({"Total requirements", "68 743.8", "67 872.2", "871.6", "1.3", "69 576.4",
                     "61 615.1", "(7 961.3)", "(11.4)"}));

    const ParsedDocument &golan = document(QStringLiteral("A-80-604-Add.1.en"));
    ASSERT_FALSE(golan.tables.isEmpty());
    const DocumentTable &box = golan.tables.first();
    ASSERT_EQ(box.rows.size(), 10);
    EXPECT_EQ(box.rows[8].cells,
              cells({"Adjustment recommended by the Advisory Committee for 2026/27", "($63,100)"}));
    ASSERT_EQ(box.notes.size(), 2);
    EXPECT_EQ(box.notes[0].text, QStringLiteral("Estimates as at 28 February 2026."));

    // Page 6: columns of figures set closer together than a gutter ("21 543.0 36 680.1 (6 442.2)"),
    // a label over two lines.
    const DocumentTable *resourcesOfGolan =
        tableWithCell(golan, 0, QStringLiteral("Military and police personnel"));
    ASSERT_NE(resourcesOfGolan, nullptr);
    EXPECT_EQ(resourcesOfGolan->caption,
              QStringLiteral("Financial resources (Thousands of United States dollars)"));
    ASSERT_EQ(resourcesOfGolan->columnCount(), 8);
    EXPECT_EQ(resourcesOfGolan->rows[1].cells,
              cells({"Military and police personnel", "41 945.0", "41 386.3", "43 122.3",
                     "21 543.0", "36 680.1", "(6 442.2)", "(14.9)"}));
    EXPECT_EQ(resourcesOfGolan->rows.last().cells,
              cells({"Gross requirements", "68 743.8", "67 872.2", "69 576.4", "34 122.3",
                     "61 615.1", "(7 961.3)", "(11.4)"}));
}

// No table is read as paragraphs: the reports' tables leave no paragraph of figures only.
TEST_F(RealPdfs, NoParagraphIsARowOfFigures)
{
    static const QRegularExpression figures(QStringLiteral(R"(^[\d\s.,–%()$-]+$)"));
    for (auto it = documents().cbegin(); it != documents().cend(); ++it) {
        // The fascicle's bar charts (figures 16.I to 16.VII) leave their axis labels and values
        // as text ("2023 2024 2025"): charts are not tables, and are not read yet.
        if (it.key() == QLatin1String("A-81-6-SECT.16.en"))
            continue;
        for (const Paragraph &p : it.value().paragraphs)
            EXPECT_FALSE(figures.match(p.text).hasMatch())
                << it.key().toStdString() << ": " << p.text.toStdString();
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
