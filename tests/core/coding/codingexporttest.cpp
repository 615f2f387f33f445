// CSV and JSON exports of codings: fields, quoting, and offsets in code points.
#include "codingtestsupport.h"

#include "coding/codingservice.h"
#include "coding/codingtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Rapporteur;

namespace {
using CodingExport = Test::CodingFixture;
} // namespace

TEST_F(CodingExport, JsonOffsetsAreCodePointsPastACharacterOutsideTheBmp)
{
    // In UTF-16 this span would be [30, 41): 𠀀 before it takes two units.
    code(QStringLiteral("论点/防扩散"), Rapporteur::Test::kAustralia1, 29, 40,
         QStringLiteral("alice"), QStringLiteral("见第 3 页"));
    auto codings = Coding::readCodings(*m_db);
    ASSERT_TRUE(codings.ok());
    const QJsonArray array = QJsonDocument::fromJson(Coding::codingsToJson(*codings)).array();
    ASSERT_EQ(array.size(), 1);
    const QJsonObject o = array[0].toObject();
    EXPECT_EQ(o.value(QStringLiteral("start")).toInt(), 29);
    EXPECT_EQ(o.value(QStringLiteral("end")).toInt(), 40);
    EXPECT_EQ(o.value(QStringLiteral("quote")).toString(),
              QStringLiteral("出口管制有助于防止扩散"));
    EXPECT_EQ(o.value(QStringLiteral("document")).toString(), Rapporteur::Test::kSymbol);
    EXPECT_EQ(o.value(QStringLiteral("entity")).toString(), QStringLiteral("AUS"));
    EXPECT_EQ(o.value(QStringLiteral("paragraph")).toInteger(),
              paragraphId(Rapporteur::Test::kAustralia1));
    EXPECT_EQ(o.value(QStringLiteral("code")).toString(), QStringLiteral("论点/防扩散"));
    EXPECT_EQ(o.value(QStringLiteral("coder")).toString(), QStringLiteral("alice"));
    EXPECT_EQ(o.value(QStringLiteral("memo")).toString(), QStringLiteral("见第 3 页"));
    EXPECT_FALSE(o.value(QStringLiteral("orphaned")).toBool());
    EXPECT_TRUE(QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate)
                    .isValid());
    // Slicing the paragraph by code points gives the quote back.
    const auto points = Rapporteur::Test::kAustralia1.toStdU32String();
    EXPECT_EQ(QString::fromStdU32String(points.substr(29, 40 - 29)),
              o.value(QStringLiteral("quote")).toString());
}

TEST_F(CodingExport, CsvHasAHeaderRowAndQuotesWhatNeedsQuoting)
{
    code(QStringLiteral("词"), Rapporteur::Test::kAustralia1, 17, 19, QStringLiteral("bob"),
         QStringLiteral("a, \"b\"\nc"));
    auto codings = Coding::readCodings(*m_db);
    ASSERT_TRUE(codings.ok());
    const QByteArray bytes = Coding::codingsToCsv(*codings);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    EXPECT_EQ(lines[0], QStringLiteral("id,document,entity,paragraph,page,start,"
                                       "end,quote,code,coder,created,memo,"
                                       "orphaned"));
    // 𠀀字 is code points 17 and 18.
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",17,19,𠀀字,词,bob,")));
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",\"a, \"\"b\"\"\nc\",false")));
}
