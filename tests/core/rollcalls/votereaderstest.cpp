#include "referencedata/entityregistry.h"
#include "rollcalls/csvreader.h"
#include "rollcalls/gzipinput.h"
#include "rollcalls/stateresolver.h"

#include "rollcalltestsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::RollCalls;

namespace {

QList<QList<QByteArray>> readAll(const QByteArray &csv, QList<qsizetype> *lines = nullptr)
{
    CsvReader reader(csv, QStringLiteral("t.csv"));
    CsvRecord record;
    QList<QList<QByteArray>> rows;
    while (true) {
        auto more = reader.next(record);
        EXPECT_TRUE(more) << (more ? "" : more.error().userMessage.toStdString());
        if (!more || !*more)
            break;
        QList<QByteArray> fields;
        for (const auto &f : record.fields)
            fields.append(f.text);
        rows.append(fields);
        if (lines)
            lines->append(record.line);
    }
    return rows;
}

TEST(CsvReader, ReadsQuotedCommasDoubledQuotesLineBreaksAndBackslashes)
{
    QList<qsizetype> lines;
    const auto rows = readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                              "1,\\back\\,\"\"\n3,,z",
                              &lines);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[1], (QList<QByteArray>{"x, y", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(rows[2], (QList<QByteArray>{"1", "\\back\\", ""}));
    EXPECT_EQ(rows[3], (QList<QByteArray>{"3", "", "z"}));
    EXPECT_EQ(lines, (QList<qsizetype>{1, 2, 4, 5}));
}

TEST(CsvReader, TellsAQuotedNAFromABareOne)
{
    CsvReader reader(QByteArray("\"NA\",NA\n"), QStringLiteral("t.csv"));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record).value());
    EXPECT_EQ(record.fields[0].text, "NA");
    EXPECT_TRUE(record.fields[0].quoted);
    EXPECT_EQ(record.fields[1].text, "NA");
    EXPECT_FALSE(record.fields[1].quoted);
}

TEST(CsvReader, RefusesAnUnclosedQuoteWithItsLine)
{
    CsvReader reader(QByteArray("a\nb\n\"open\n"), QStringLiteral("t.csv"));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record).value());
    ASSERT_TRUE(reader.next(record).value());
    auto bad = reader.next(record);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().userMessage,
              QStringLiteral("t.csv line 3: a quoted field is not closed"));
}

TEST(GzipInput, InflatesGzipAndPassesPlainBytesThrough)
{
    const QByteArray text = QByteArray("rcid,vote\n").repeated(5000);
    EXPECT_EQ(gunzipIfCompressed(text, QStringLiteral("a.csv"), 1 << 20).value(), text);
    EXPECT_EQ(
        gunzipIfCompressed(Testing::gzipped(text), QStringLiteral("a.csv.gz"), 1 << 20).value(),
        text);
    // Two members, as `cat a.gz b.gz` makes.
    EXPECT_EQ(gunzipIfCompressed(Testing::gzipped("ab") + Testing::gzipped("cd"),
                                 QStringLiteral("a.csv.gz"), 1 << 20)
                  .value(),
              QByteArray("abcd"));
}

TEST(GzipInput, RefusesATruncatedStreamAndOneAboveTheLimit)
{
    const QByteArray text = QByteArray("rcid,vote\n").repeated(5000);
    const QByteArray gz = Testing::gzipped(text);
    auto truncated =
        gunzipIfCompressed(gz.left(gz.size() / 2), QStringLiteral("v.csv.gz"), 1 << 20);
    ASSERT_FALSE(truncated);
    EXPECT_TRUE(
        truncated.error().userMessage.startsWith(QStringLiteral("v.csv.gz is not a readable gzip")))
        << truncated.error().userMessage.toStdString();
    auto noTrailer =
        gunzipIfCompressed(gz.left(gz.size() - 4), QStringLiteral("v.csv.gz"), 1 << 20);
    EXPECT_FALSE(noTrailer);
    EXPECT_FALSE(gunzipIfCompressed(gz, QStringLiteral("v.csv.gz"), 1000));
}

} // namespace

// The resolver keeps one answer per period of a code's meaning: days asked in any order, on
// either side of an end date and on it, get the entity of that day (entity table: Yugoslavia
// until 2003-02-04, Serbia and Montenegro until 2006-06-03, then Serbia; YU is the code of all
// three).
TEST(StateResolver, ResolvesASharedCodeByTheDayInAnyOrder)
{
    StateResolver states(ReferenceData::EntityRegistry::builtIn());
    const auto yu = [&](QDate day) { return states.resolve("YU", true, "Yugoslavia", day); };
    EXPECT_EQ(yu(QDate(2004, 5, 1)), QStringLiteral("SCG"));
    EXPECT_EQ(yu(QDate(1980, 5, 1)), QStringLiteral("YUG"));
    EXPECT_EQ(yu(QDate(2010, 5, 1)), QStringLiteral("SRB"));
    EXPECT_EQ(yu(QDate(2003, 2, 3)), QStringLiteral("YUG"));
    EXPECT_EQ(yu(QDate(2003, 2, 4)), QStringLiteral("SCG")); // gone on its end date
    EXPECT_EQ(yu(QDate(1980, 5, 2)), QStringLiteral("YUG"));
    // No code (R's NA): the name decides; a code of no entity that day falls back on the name.
    EXPECT_EQ(states.resolve("NA", false, "Namibia", QDate(2000, 1, 1)), QStringLiteral("NAM"));
    EXPECT_EQ(states.resolve("DD", true, "German Democratic Republic", QDate(1995, 1, 1)),
              QStringLiteral("DDR"));
    EXPECT_EQ(states.resolve("DD", true, "Nowhere", QDate(1995, 1, 1)), QString());
    EXPECT_EQ(states.resolve("DD", true, "Nowhere", QDate(1980, 1, 1)), QStringLiteral("DDR"));
}
