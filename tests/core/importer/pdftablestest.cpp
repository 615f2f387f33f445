#include "importer/pdftables.h"
#include "importer/pdfreader.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Importer;
using Rapporteur::Test::fixturePath;

namespace {

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

// A run of words set from x = left at the given top, each word's width from its length.
PdfLine run(double left, double top, const QString &text, double height = 11)
{
    PdfLine line;
    line.text = text;
    line.height = height;
    line.page = 1;
    double x = left;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        const double width = 0.5 * height * static_cast<double>(word.size());
        RunPiece piece{word,  line.words.isEmpty() ? 0 : 2.75, height, false,
                       false, QRectF(x, top, width, height)};
        line.words.append(piece);
        x += width + 2.75;
    }
    line.box = QRectF(left, top, x - 2.75 - left, height);
    return line;
}

} // namespace

// tests/fixtures/pdf-table-across-pages.pdf (made by make-table-pdf.py): a table of figures under
// a line of units, a label over two lines, a raised note marker and its note under the table,
// continued overleaf under its repeated header; prose before and after.
TEST(PdfTables, ATableIsReadWholeAcrossItsPageBreak)
{
    NullProgress progress;
    CancelToken cancel;
    auto r =
        readPdf(fixturePath(QStringLiteral("pdf-table-across-pages.pdf")), {}, progress, cancel);
    ASSERT_TRUE(r.ok()) << r.error().userMessage.toStdString();
    ASSERT_EQ(r->tables.size(), 1);
    const DocumentTable &t = r->tables.first();
    EXPECT_EQ(t.caption, QStringLiteral("(Thousands of United States dollars)"));
    EXPECT_EQ(t.firstPage, 1);
    EXPECT_EQ(t.lastPage, 2);
    const QList<TableRow> expected{
        {cells({"Category", "2025/26", "2026/27", "Change"}), true},
        {cells({"Military personnel", "40 428.4", "94 628.1", "54 199.7ᵃ"}), false},
        {cells({"Civilian personnel", "18 489.5", "50 691.7", "32 202.2"}), false},
        {cells({"Voluntary contributions in kind (budgeted)", "-", "-", "-"}), false},
        {cells({"Subtotal", "58 917.9", "145 319.8", "86 401.9"}), false},
        {cells({"Operational costs", "212 410.8", "258 263.4", "45 852.6"}), false},
        {cells({"Air operations", "1 000.0", "2 000.0", "1 000.0"}), false},
        {cells({"Ground transportation", "500.0", "600.0", "100.0"}), false},
    };
    EXPECT_EQ(t.rows, expected);
    ASSERT_EQ(t.notes.size(), 1);
    EXPECT_EQ(t.notes[0],
              (Footnote{QStringLiteral("a"),
                        QStringLiteral("Includes a one-time provision for rotation travel."), -1}));

    // One place in the text for the table; around it only the prose, no figure and no note.
    QStringList text;
    int placed = 0;
    for (const SourceLine &l : r->lines) {
        placed += l.role == LineRole::Table;
        if (l.role == LineRole::Text || l.role == LineRole::Footnote)
            text.append(l.text);
    }
    EXPECT_EQ(placed, 1);
    EXPECT_EQ(text, cells({"The table below shows the resources proposed for the period, with the",
                           "changes from the period before.",
                           "The Committee recommends that the General Assembly approve the",
                           "proposal."}));
}

// Paragraphs numbered in the margin ("16.34" hanging before the text) leave a gap under their
// labels down the page: a hanging indent, not a column.
TEST(PdfTables, LabelsHangingBeforeParagraphsAreNoTable)
{
    QList<PdfLine> lines;
    double top = 100;
    for (const char *label : {"16.34", "16.35", "16.36"}) {
        lines.append(run(86.8, top, QString::fromLatin1(label)));
        lines.append(
            run(123.1, top,
                QStringLiteral(
                    "Law enforcement and criminal justice responses often stop at seizures")));
        for (int l = 0; l < 2; ++l) {
            top += 12;
            lines.append(run(
                123.1, top,
                QStringLiteral(
                    "of low-level couriers which have limited deterrent or disruptive impact")));
        }
        top += 18;
    }
    EXPECT_TRUE(findPageTables(lines, QList<bool>(lines.size(), true), 11, 12).isEmpty());
}

// Rows of a label and two figures, set apart by the columns' gutters, are a table; the prose
// line above it is not part of it.
TEST(PdfTables, FiguresInColumnsAreATableAndTheProseAboveIsNot)
{
    QList<PdfLine> lines{
        run(72, 100,
            QStringLiteral(
                "The resources proposed for the period are as follows in the table below."))};
    double top = 130;
    for (const auto &[label, a, b] : {std::tuple{"Posts", "52", "42"},
                                      {"Temporary positions", "1", "2"},
                                      {"Total", "53", "44"}}) {
        lines.append(run(72, top, QString::fromLatin1(label), 9.4));
        lines.append(run(300, top, QString::fromLatin1(a), 9.4));
        lines.append(run(380, top, QString::fromLatin1(b), 9.4));
        top += 14;
    }
    const auto tables = findPageTables(lines, QList<bool>(lines.size(), true), 11, 12);
    ASSERT_EQ(tables.size(), 1);
    EXPECT_EQ(tables[0].table.rows,
              (QList<TableRow>{{cells({"Posts", "52", "42"}), false},
                               {cells({"Temporary positions", "1", "2"}), false},
                               {cells({"Total", "53", "44"}), false}}));
    EXPECT_FALSE(tables[0].lines.contains(0));
}

TEST(PdfTables, AContinuationDropsTheRepeatedHeaderAndOtherColumnsAreAnotherTable)
{
    DocumentTable first{
        {}, 3, 3, -1, {{cells({"Category", "Amount"}), true}, {cells({"Posts", "1"}), false}}, {}};
    const DocumentTable next{
        {},
        4,
        4,
        -1,
        {{cells({"Category", "Amount"}), true}, {cells({"Travel", "2"}), false}},
        {Footnote{QStringLiteral("a"), QStringLiteral("Estimate."), -1}}};
    ASSERT_TRUE(continueTable(first, next));
    EXPECT_EQ(first.rows, (QList<TableRow>{{cells({"Category", "Amount"}), true},
                                           {cells({"Posts", "1"}), false},
                                           {cells({"Travel", "2"}), false}}));
    EXPECT_EQ(first.lastPage, 4);
    EXPECT_EQ(first.notes.size(), 1);

    const DocumentTable wider{{}, 5, 5, -1, {{cells({"A", "B", "C"}), false}}, {}};
    EXPECT_FALSE(continueTable(first, wider));
    EXPECT_EQ(first.lastPage, 4);
}
