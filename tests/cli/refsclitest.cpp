// refs as scripts use it: JSON fields, exit statuses, and the matrix as JSON and CSV, on the two
// sample documents. The counts themselves are checked against the text in test_analysis.
#include "clisamples.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

using Test::CliResult;

class RefsCli : public Test::CliOnSamples
{
};

} // namespace

TEST_F(RefsCli, EveryTargetCarriesTheContractFields)
{
    const QJsonArray all = json({QStringLiteral("refs"), QStringLiteral("--json")}).array();
    ASSERT_FALSE(all.isEmpty());
    QStringList targets;
    for (const auto &v : all) {
        const QJsonObject t = v.toObject();
        targets.append(t.value(QStringLiteral("target")).toString());
        for (const char *field : {"target", "kind", "name_en", "name_zh", "in_corpus", "citations",
                                  "by_entity", "paragraphs", "mentions"})
            EXPECT_TRUE(t.contains(QLatin1String(field))) << field;
    }
    EXPECT_TRUE(targets.contains(QStringLiteral("A/RES/76/234")));
    EXPECT_TRUE(targets.contains(QStringLiteral("MTCR")));
    const QJsonObject first = all.first().toObject();
    const QJsonObject citation =
        first.value(QStringLiteral("citations")).toArray().first().toObject();
    for (const char *field : {"document", "submission", "entity", "paragraph", "where"})
        EXPECT_TRUE(citation.contains(QLatin1String(field))) << field;
}

TEST_F(RefsCli, OneTargetByAnyNameIsOneObject)
{
    const QJsonObject byId =
        json({QStringLiteral("refs"), QStringLiteral("MTCR"), QStringLiteral("--json")}).object();
    const QJsonObject byName = json({QStringLiteral("refs"), QStringLiteral("导弹及其技术控制制度"),
                                     QStringLiteral("--json")})
                                   .object();
    EXPECT_EQ(byId, byName);
    EXPECT_EQ(byId.value(QStringLiteral("kind")).toString(), QStringLiteral("instrument"));
    EXPECT_EQ(byId.value(QStringLiteral("instrument_kind")).toString(), QStringLiteral("regime"));

    const QJsonObject report =
        json({QStringLiteral("refs"), QStringLiteral("A/77/96"), QStringLiteral("--json")})
            .object();
    EXPECT_TRUE(report.value(QStringLiteral("in_corpus")).toBool());
    EXPECT_FALSE(report.value(QStringLiteral("document_id")).isNull());
    const QJsonObject footnote =
        report.value(QStringLiteral("citations")).toArray().first().toObject();
    EXPECT_EQ(footnote.value(QStringLiteral("document")).toString(), QStringLiteral("A/79/416"));
    EXPECT_EQ(footnote.value(QStringLiteral("where")).toString(), QStringLiteral("footnote"));
    EXPECT_TRUE(footnote.value(QStringLiteral("entity")).isNull());

    const QJsonObject resolution =
        json({QStringLiteral("refs"), QStringLiteral("76/234"), QStringLiteral("--json")}).object();
    EXPECT_EQ(resolution.value(QStringLiteral("target")).toString(),
              QStringLiteral("A/RES/76/234"));
    EXPECT_FALSE(resolution.value(QStringLiteral("in_corpus")).toBool());
}

TEST_F(RefsCli, MatrixAsJsonAndCsvAgree)
{
    const QJsonObject m =
        json({QStringLiteral("refs"), QStringLiteral("--matrix"), QStringLiteral("--json")})
            .object();
    const QJsonArray instruments = m.value(QStringLiteral("instruments")).toArray();
    const QJsonArray entities = m.value(QStringLiteral("entities")).toArray();
    const QJsonArray rows = m.value(QStringLiteral("matrix")).toArray();
    ASSERT_EQ(rows.size(), entities.size());
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first().toArray().size(), instruments.size());

    const CliResult csv =
        run({QStringLiteral("refs"), QStringLiteral("--matrix"), QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = QString::fromUtf8(csv.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), entities.size() + 1);
    const QStringList header = lines.first().split(u',');
    ASSERT_EQ(header.size(), instruments.size() + 2);
    const QStringList firstRow = lines[1].split(u',');
    EXPECT_EQ(firstRow.first(),
              entities.first().toObject().value(QStringLiteral("code")).toString());
    for (qsizetype c = 0; c < instruments.size(); ++c) {
        EXPECT_EQ(header[c + 2], instruments[c].toObject().value(QStringLiteral("id")).toString());
        EXPECT_EQ(firstRow[c + 2].toInt(), rows.first().toArray()[c].toInt());
    }
}

TEST_F(RefsCli, UnknownTargetsAndWrongOptionsFail)
{
    const CliResult unknown = run({QStringLiteral("refs"), QStringLiteral("no such thing")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.startsWith(QStringLiteral("error: ")));
    EXPECT_EQ(run({QStringLiteral("refs"), QStringLiteral("--csv")}).exitCode, 1);
    EXPECT_EQ(
        run({QStringLiteral("refs"), QStringLiteral("--matrix"), QStringLiteral("MTCR")}).exitCode,
        1);
    EXPECT_EQ(run({QStringLiteral("refs"), QStringLiteral("A"), QStringLiteral("B")}).exitCode, 1);
    // A document nobody cites is still an answer, with no citations.
    const QJsonObject none =
        json({QStringLiteral("refs"), QStringLiteral("A/RES/1/1"), QStringLiteral("--json")})
            .object();
    EXPECT_TRUE(none.value(QStringLiteral("citations")).toArray().isEmpty());
}
