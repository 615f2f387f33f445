// The language versions of one document from the command line: listed together, aligned, read
// one or the other, their decisions counted once and compared at import.
#include "clisamples.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Rapporteur;
using Rapporteur::Test::CliResult;

namespace {

const QString kSymbol = QStringLiteral("A/77/999");

// A database holding the Chinese and then the English version of our compilation fixture.
class VersionsCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        for (const char *fixture :
             {"compilation-small-translated.zh.txt", "compilation-small.en.txt"}) {
            const CliResult r = run({QStringLiteral("import"), QStringLiteral("--symbol"), kSymbol,
                                     Rapporteur::Test::fixturePath(QString::fromLatin1(fixture))});
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static CliResult run(const QStringList &args)
    {
        return Rapporteur::Test::runCli(s_dir->filePath(QStringLiteral("versions.sqlite")), args);
    }
    static QJsonDocument json(const QStringList &args)
    {
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << r.err.toStdString();
        return QJsonDocument::fromJson(r.out);
    }

    // Paragraph id → text, over both versions.
    static QHash<qint64, QString> paragraphTexts()
    {
        QHash<qint64, QString> out;
        for (const char *language : {"zh", "en"}) {
            const QJsonArray paragraphs =
                json({QStringLiteral("paragraphs"), QStringLiteral("--document"), kSymbol,
                      QStringLiteral("--lang"), QString::fromLatin1(language),
                      QStringLiteral("--json")})
                    .array();
            for (const QJsonValue &p : paragraphs)
                out.insert(p[QStringLiteral("id")].toInteger(),
                           p[QStringLiteral("text")].toString());
        }
        return out;
    }

    static inline QTemporaryDir *s_dir = nullptr;
};

} // namespace

TEST_F(VersionsCli, DocumentsListsBothVersionsUnderOneSymbol)
{
    const QJsonArray documents =
        json({QStringLiteral("documents"), QStringLiteral("--json")}).array();
    ASSERT_EQ(documents.size(), 1);
    const QJsonObject document = documents[0].toObject();
    EXPECT_EQ(document[QStringLiteral("symbol")].toString(), kSymbol);
    EXPECT_EQ(document[QStringLiteral("language")].toString(), QStringLiteral("zh"));
    const QJsonArray versions = document[QStringLiteral("versions")].toArray();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0][QStringLiteral("language")].toString(), QStringLiteral("zh"));
    EXPECT_EQ(versions[1][QStringLiteral("language")].toString(), QStringLiteral("en"));
    EXPECT_EQ(versions[1][QStringLiteral("symbol")].toString(), kSymbol);
    EXPECT_EQ(versions[1][QStringLiteral("submissions")].toInt(), 12);
    EXPECT_NE(versions[0][QStringLiteral("id")], versions[1][QStringLiteral("id")]);
    EXPECT_TRUE(run({QStringLiteral("documents")}).out.contains("[versions: zh, en]"));
}

// Submission with submission by state, in the fixture's order; each paragraph of a state faces
// its translation, and Australia's first English paragraph, which the Chinese splits in two,
// faces both.
TEST_F(VersionsCli, AlignPairsEachStateAndEachParagraph)
{
    const QJsonObject alignment =
        json({QStringLiteral("align"), kSymbol, QStringLiteral("--json")}).object();
    EXPECT_EQ(alignment[QStringLiteral("document")].toString(), kSymbol);
    EXPECT_EQ(alignment[QStringLiteral("left")].toString(), QStringLiteral("zh"));
    EXPECT_EQ(alignment[QStringLiteral("right")].toString(), QStringLiteral("en"));
    EXPECT_TRUE(alignment[QStringLiteral("differences")].toArray().isEmpty());

    const QJsonArray submissions = alignment[QStringLiteral("submissions")].toArray();
    QStringList states;
    for (const QJsonValue &s : submissions) {
        states.append(s[QStringLiteral("entity")].toString());
        EXPECT_TRUE(s[QStringLiteral("left")].isDouble() && s[QStringLiteral("right")].isDouble());
    }
    EXPECT_EQ(states.join(u' '), QStringLiteral("AUS BLR CAN CIV JPN NLD PSE TUR GBR VEN EUU VAT"));

    const QHash<qint64, QString> text = paragraphTexts();
    const auto pairText = [&](const QJsonValue &pair) {
        return std::pair{text.value(pair[QStringLiteral("left")].toInteger()),
                         text.value(pair[QStringLiteral("right")].toInteger())};
    };
    const QJsonArray australia = submissions[0][QStringLiteral("paragraphs")].toArray();
    ASSERT_EQ(australia.size(), 4);
    EXPECT_EQ(australia[0][QStringLiteral("right")], australia[1][QStringLiteral("right")]);
    EXPECT_TRUE(pairText(australia[1]).first.startsWith(QStringLiteral("出口管制并不妨碍")));
    EXPECT_TRUE(pairText(australia[0]).second.startsWith(QStringLiteral("Australia considers")));
    EXPECT_EQ(pairText(australia[2]),
              std::pair(QStringLiteral("出口管制"), QStringLiteral("Export controls")));
    EXPECT_TRUE(pairText(australia[3]).second.startsWith(QStringLiteral("Membership criteria")));
    for (const QJsonValue &pair : australia) {
        const double score = pair[QStringLiteral("score")].toDouble();
        EXPECT_GT(score, 0.0);
        EXPECT_LE(score, 1.0);
    }
    const QJsonArray ivory = submissions[3][QStringLiteral("paragraphs")].toArray();
    ASSERT_EQ(ivory.size(), 1);
    EXPECT_EQ(pairText(ivory[0]),
              std::pair(QStringLiteral("科特迪瓦呼吁为发展中国家开展能力建设。"),
                        QStringLiteral("Côte d'Ivoire calls for capacity-building for developing "
                                       "countries.")));
    // Every pair of the submissions and of the rest is in the flat list too.
    qsizetype pairs = alignment[QStringLiteral("outside")].toArray().size();
    for (const QJsonValue &s : submissions)
        pairs += s[QStringLiteral("paragraphs")].toArray().size();
    EXPECT_EQ(alignment[QStringLiteral("paragraphs")].toArray().size(), pairs);
}

TEST_F(VersionsCli, ShowWithALanguageGivesTheSameStatesOtherVersion)
{
    const QJsonArray chinese = json({QStringLiteral("submissions"), QStringLiteral("--document"),
                                     kSymbol, QStringLiteral("--json")})
                                   .array();
    ASSERT_EQ(chinese.size(), 12);
    const QJsonObject netherlands = chinese[5].toObject();
    EXPECT_EQ(netherlands[QStringLiteral("language")].toString(), QStringLiteral("zh"));
    ASSERT_EQ(netherlands[QStringLiteral("entity")][QStringLiteral("code")].toString(),
              QStringLiteral("NLD"));
    const QString id = QString::number(netherlands[QStringLiteral("id")].toInteger());

    const QJsonObject english = json({QStringLiteral("show"), id, QStringLiteral("--lang"),
                                      QStringLiteral("en"), QStringLiteral("--json")})
                                    .object();
    EXPECT_EQ(english[QStringLiteral("language")].toString(), QStringLiteral("en"));
    EXPECT_EQ(english[QStringLiteral("heading")].toString(),
              QStringLiteral("Netherlands (Kingdom of the)"));
    ASSERT_EQ(english[QStringLiteral("paragraphs")].toArray().size(), 1);
    EXPECT_EQ(english[QStringLiteral("paragraphs")][0][QStringLiteral("text")].toString(),
              QStringLiteral("The Netherlands recalls that export control regimes are open to all "
                             "States that meet their criteria."));
    // Its own language is itself.
    EXPECT_EQ(json({QStringLiteral("show"), id, QStringLiteral("--lang"), QStringLiteral("zh"),
                    QStringLiteral("--json")})[QStringLiteral("id")]
                  .toInteger(),
              netherlands[QStringLiteral("id")].toInteger());

    const CliResult french =
        run({QStringLiteral("show"), id, QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(french.exitCode, 2);
    EXPECT_EQ(french.err, QStringLiteral("error: no fr version of A/77/999 in the database\n"));
    EXPECT_EQ(run({QStringLiteral("submissions"), QStringLiteral("--lang"), QStringLiteral("en")})
                  .exitCode,
              1);
}

// A committee report in two versions: its votes count once (the version imported first), each
// version's stay readable, and where they differ the import says so.
TEST(VersionsOfAReportCli, DecisionsOfTwoVersionsCountOnceAndDifferencesAreReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto run = [&](const QStringList &args) {
        return Rapporteur::Test::runCli(dir.filePath(QStringLiteral("report.sqlite")), args);
    };
    const auto json = [&](const QStringList &args) {
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << r.err.toStdString();
        return QJsonDocument::fromJson(r.out);
    };
    const QString report = QStringLiteral("A/79/416");
    ASSERT_EQ(
        run({QStringLiteral("import"), QStringLiteral("--symbol"), report,
             Rapporteur::Test::fixturePath(QStringLiteral("committee-report-three-votes.en.txt"))})
            .exitCode,
        0);
    const QJsonArray imported = json({QStringLiteral("import"), QStringLiteral("--symbol"), report,
                                      QStringLiteral("--json"),
                                      Rapporteur::Test::corpusPath(QStringLiteral(
                                          "first-committee-79-item-106-report.zh.txt"))})
                                    .array();
    ASSERT_EQ(imported.size(), 1);
    const QJsonArray warnings = imported[0][QStringLiteral("warnings")].toArray();
    // The two files record other states on vote (a): our English fixture is not a translation
    // of the Chinese sample.
    EXPECT_TRUE(warnings.contains(
        QStringLiteral("vote (a): the en and zh versions list different states in favour")))
        << QJsonDocument(warnings).toJson().toStdString();

    const QJsonArray votes = json({QStringLiteral("votes"), QStringLiteral("--document"), report,
                                   QStringLiteral("--json")})
                                 .array();
    ASSERT_EQ(votes.size(), 3);
    const QJsonArray chinese =
        json({QStringLiteral("votes"), QStringLiteral("--document"), report,
              QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--json")})
            .array();
    ASSERT_EQ(chinese.size(), 3);
    EXPECT_NE(votes[0][QStringLiteral("yes")], chinese[0][QStringLiteral("yes")]);
    const QJsonArray every = json({QStringLiteral("votes"), QStringLiteral("--json")}).array();
    EXPECT_EQ(every.size(), 3);
    EXPECT_EQ(every, votes);
}
