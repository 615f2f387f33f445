// The tables of the real UN PDFs of ../shared/corpus/real, read off their pages (rendered with
// pdftoppm): caption, header rows, rows of cells, notes, and a table continued overleaf.
#include "realpdfs.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Rapporteur;
using Rapporteur::Test::realDocument;
using Rapporteur::Test::realPdfsWithText;

namespace {

class RealPdfTables : public ::testing::Test
{
protected:
    static const ParsedDocument &document(const QString &name) { return realDocument(name); }
};

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
TEST_F(RealPdfTables, SideBySideColumnsOfTextAreReadAsATable)
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
TEST_F(RealPdfTables, TablesAreReadAsTables)
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
TEST_F(RealPdfTables, TablesOfEveryReportAreReadAsTables)
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
TEST_F(RealPdfTables, NoParagraphIsARowOfFigures)
{
    static const QRegularExpression figures(QStringLiteral(R"(^[\d\s.,–%()$-]+$)"));
    for (const QString &name : realPdfsWithText()) {
        // The fascicle's bar charts (figures 16.I to 16.VII) leave their axis labels and values
        // as text ("2023 2024 2025"): charts are not tables, and are not read yet.
        if (name == QLatin1String("A-81-6-SECT.16.en"))
            continue;
        for (const Paragraph &p : document(name).paragraphs)
            EXPECT_FALSE(figures.match(p.text).hasMatch())
                << name.toStdString() << ": " << p.text.toStdString();
    }
}

} // namespace
