// The one reader of the program's tab-separated tables.
#include "text/tsvtable.h"

#include <gtest/gtest.h>

using namespace Rapporteur::Text;

namespace {

QStringList fieldsOf(const TsvRow &row)
{
    QStringList out;
    for (QStringView field : row.fields)
        out.append(field.toString());
    return out;
}

TEST(TsvTable, SkipsTheHeaderBlankLinesAndCommentsAndKeepsLineNumbers)
{
    const QString tsv = QStringLiteral("# Groups of states\r\n"
                                       "code\tkind\tname\r\n"
                                       "\r\n"
                                       "CHN\tmember_state\tChina\r\n"
                                       "  \n"
                                       "# a note\n"
                                       "NAM\tmember_state\t\n"
                                       "VAT\tobserver_state\tHoly See");
    const QList<TsvRow> rows = tsvRows(tsv);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].line, 4);
    EXPECT_EQ(fieldsOf(rows[0]), (QStringList{QStringLiteral("CHN"), QStringLiteral("member_state"),
                                              QStringLiteral("China")}));
    EXPECT_EQ(rows[1].line, 7);
    // An empty last field is a field: "NA" and "" are both values a table may hold.
    EXPECT_EQ(fieldsOf(rows[1]),
              (QStringList{QStringLiteral("NAM"), QStringLiteral("member_state"), QString()}));
    EXPECT_EQ(rows[2].line, 8);
    EXPECT_EQ(rows[2].text, QStringLiteral("VAT\tobserver_state\tHoly See"));
}

TEST(TsvTable, WithoutAHeaderEveryRowCounts)
{
    const QList<TsvRow> rows =
        tsvRows(QStringLiteral("separator\t, \n# comment\nconjunction\tand"), TsvHeader::None);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(fieldsOf(rows[0]), (QStringList{QStringLiteral("separator"), QStringLiteral(", ")}));
    EXPECT_EQ(rows[1].line, 3);
}

TEST(TsvTable, AnEmptyTextHasNoRows)
{
    EXPECT_TRUE(tsvRows(QString()).isEmpty());
    EXPECT_TRUE(tsvRows(QStringLiteral("only\theader\n")).isEmpty());
}

} // namespace
