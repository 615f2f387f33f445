// search and kwic as scripts use them: JSON fields, exit statuses, and CSV that parses back to
// what --json says, on the two sample documents.
#include "clisamples.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

using Test::CliResult;

class SearchCli : public Test::CliOnSamples
{
};

// RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

TEST_F(SearchCli, HitsCarryTheContractFields)
{
    const QJsonArray hits =
        json({QStringLiteral("search"), QStringLiteral("出口管制"), QStringLiteral("--json"),
              QStringLiteral("--limit"), QStringLiteral("3")})
            .array();
    ASSERT_EQ(hits.size(), 3);
    for (const auto &v : hits) {
        const QJsonObject h = v.toObject();
        for (const char *field : {"document", "submission", "entity", "paragraph", "snippet"})
            EXPECT_TRUE(h.contains(QString::fromLatin1(field))) << field;
        EXPECT_TRUE(
            h.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("【出口管制】")));
        EXPECT_GT(h.value(QStringLiteral("paragraph")).toInteger(), 0);
    }
    // The committee report has no submissions: its hits name no submission and no entity.
    const QJsonArray committee =
        json({QStringLiteral("search"), QStringLiteral("出口"), QStringLiteral("--document"),
              QStringLiteral("A/79/416"), QStringLiteral("--json")})
            .array();
    ASSERT_FALSE(committee.isEmpty());
    EXPECT_TRUE(committee[0].toObject().value(QStringLiteral("submission")).isNull());
    EXPECT_TRUE(committee[0].toObject().value(QStringLiteral("entity")).isNull());
}

TEST_F(SearchCli, NothingFoundIsNotAnError)
{
    for (const char *query : {"'); DROP TABLE paragraph; --", "\"", "NEAR(", "*", "(((", "AND"}) {
        const CliResult r =
            run({QStringLiteral("search"), QString::fromUtf8(query), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << query;
        EXPECT_TRUE(QJsonDocument::fromJson(r.out).isArray()) << query;
    }
    const CliResult text = run({QStringLiteral("search"), QStringLiteral("不存在的词语组合")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_EQ(text.out, QByteArray("no results\n"));
}

TEST_F(SearchCli, UsageAndInputErrors)
{
    const QString s = QStringLiteral("search");
    const QString q = QStringLiteral("出口");
    EXPECT_EQ(run({s}).exitCode, 1);
    EXPECT_EQ(run({s, q, QStringLiteral("--position"), QStringLiteral("no")}).exitCode, 1);
    EXPECT_EQ(run({s, q, QStringLiteral("--position"), QStringLiteral("maybe"),
                   QStringLiteral("--vote"), QStringLiteral("(c)")})
                  .exitCode,
              1);
    EXPECT_EQ(run({s, q, QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 1);
    EXPECT_EQ(run({s, q, QStringLiteral("--document"), QStringLiteral("A/1/1")}).exitCode, 2);
    EXPECT_EQ(run({s, q, QStringLiteral("--entity"), QStringLiteral("XXX")}).exitCode, 2);
    EXPECT_EQ(run({s, q, QStringLiteral("--position"), QStringLiteral("no"),
                   QStringLiteral("--vote"), QStringLiteral("(z)")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("kwic"), q, QStringLiteral("--json"), QStringLiteral("--csv")})
                  .exitCode,
              1);
    EXPECT_EQ(
        run({QStringLiteral("kwic"), q, QStringLiteral("--sort"), QStringLiteral("up")}).exitCode,
        1);
}

TEST_F(SearchCli, KwicCsvReadsBackAsTheJsonLines)
{
    const QStringList args{QStringLiteral("kwic"), QStringLiteral("出口管制"),
                           QStringLiteral("--sort"), QStringLiteral("left")};
    const QJsonObject k = json(args + QStringList{QStringLiteral("--json")}).object();
    const QJsonArray lines = k.value(QStringLiteral("occurrences")).toArray();
    ASSERT_FALSE(lines.isEmpty());
    int counted = 0;
    for (const auto &c : k.value(QStringLiteral("counts")).toArray())
        counted += c.toObject().value(QStringLiteral("occurrences")).toInt();
    EXPECT_EQ(counted, lines.size());

    const CliResult csv = run(args + QStringList{QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0);
    const auto records = parseCsv(QString::fromUtf8(csv.out));
    ASSERT_EQ(records.size(), lines.size() + 1);
    EXPECT_EQ(
        records[0].join(u','),
        QStringLiteral("document,submission,entity,paragraph,page,offset,left,hit,right,footnote"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines[i].toObject();
        const QStringList &r = records[i + 1];
        ASSERT_EQ(r.size(), 10);
        EXPECT_EQ(r[0], l.value(QStringLiteral("document")).toString());
        EXPECT_EQ(r[3].toLongLong(), l.value(QStringLiteral("paragraph")).toInteger());
        EXPECT_EQ(r[5].toLongLong(), l.value(QStringLiteral("offset")).toInteger());
        EXPECT_EQ(r[6], l.value(QStringLiteral("left")).toString());
        EXPECT_EQ(r[7], QStringLiteral("出口管制"));
        EXPECT_EQ(r[8], l.value(QStringLiteral("right")).toString());
        EXPECT_EQ(r[9], l.value(QStringLiteral("footnote")).toString()); // null: empty
    }
}

TEST_F(SearchCli, KwicCsvQuotesCommasAndQuotes)
{
    // The samples' paragraphs hold no ASCII comma or quote, so a text of our own does.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("quotes.txt")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("各国认为, \"出口管制\" 的作用, 很重要。\n").toUtf8());
    file.close();
    const QString db = dir.filePath(QStringLiteral("quotes.sqlite"));
    ASSERT_EQ(Rapporteur::Test::runCli(db, {QStringLiteral("import"), QStringLiteral("--symbol"),
                                            QStringLiteral("T/1"), file.fileName()})
                  .exitCode,
              0);
    const CliResult csv = Rapporteur::Test::runCli(
        db, {QStringLiteral("kwic"), QStringLiteral("出口管制"), QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0);
    QByteArray expectedRow = QStringLiteral("T/1,,,%1,1,7,\"各国认为, \"\"\",出口管制,"
                                            "\"\"\" 的作用, 很重要。\",\r\n")
                                 .toUtf8();
    const auto records = parseCsv(QString::fromUtf8(csv.out));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(csv.out.mid(csv.out.indexOf("\r\n") + 2),
              expectedRow.replace("%1", records[1][3].toUtf8()));
    EXPECT_EQ(records[1][6], QStringLiteral("各国认为, \""));
    EXPECT_EQ(records[1][8], QStringLiteral("\" 的作用, 很重要。"));
}

namespace {

// The samples and an English report beside them (tests/fixtures/compilation-small.en.txt).
class SearchLanguageCli : public Test::CliOnSamples
{
protected:
    static void SetUpTestSuite()
    {
        CliOnSamples::SetUpTestSuite();
        const CliResult r =
            run({QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/77/999"),
                 Rapporteur::Test::fixturePath(QStringLiteral("compilation-small.en.txt"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
};

QStringList documentsOf(const QJsonDocument &hits)
{
    QStringList out;
    for (const QJsonValue &hit : hits.array()) {
        const QString symbol = hit.toObject().value(QStringLiteral("document")).toString();
        if (!out.contains(symbol))
            out.append(symbol);
    }
    return out;
}

} // namespace

TEST_F(SearchLanguageCli, ASearchCanBeLimitedToALanguage)
{
    const QString s = QStringLiteral("search");
    const QString asJson = QStringLiteral("--json");
    const QString lang = QStringLiteral("--lang");
    // 2022 stands in all three documents' text.
    EXPECT_EQ(documentsOf(json({s, QStringLiteral("2022"), asJson})).size(), 3);
    EXPECT_EQ(documentsOf(json({s, QStringLiteral("2022"), lang, QStringLiteral("en"), asJson})),
              QStringList{QStringLiteral("A/77/999")});
    const QStringList chinese =
        documentsOf(json({s, QStringLiteral("2022"), lang, QStringLiteral("ZH"), asJson}));
    EXPECT_EQ(chinese.size(), 2);
    EXPECT_FALSE(chinese.contains(QStringLiteral("A/77/999")));
    EXPECT_TRUE(json({s, QStringLiteral("合作"), lang, QStringLiteral("en"), asJson}).array().isEmpty());
    EXPECT_EQ(run({s, QStringLiteral("2022"), lang, QStringLiteral("english")}).exitCode, 1);
}

// English words are found whatever their case and accents.
TEST_F(SearchLanguageCli, EnglishWordsAreFoundWithoutTheirAccents)
{
    const QJsonArray hits =
        json({QStringLiteral("search"), QStringLiteral("cote"), QStringLiteral("--json")}).array();
    ASSERT_EQ(hits.size(), 1);
    const QJsonObject hit = hits[0].toObject();
    EXPECT_EQ(hit.value(QStringLiteral("document")).toString(), QStringLiteral("A/77/999"));
    EXPECT_TRUE(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("【Côte】")))
        << hit.value(QStringLiteral("snippet")).toString().toStdString();
    EXPECT_EQ(json({QStringLiteral("search"), QStringLiteral("TURKIYE"), QStringLiteral("--json")})
                  .array()
                  .size(),
              1);
}
