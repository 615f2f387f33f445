// codes, coding, codings, memo, agreement --coder, export and import-qda as scripts use them, on
// the small coding fixture (tests/fixtures/coding-small.zh.txt, read as A/00/1).
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

struct CodingRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class CodingCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_EQ(
            run({QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/00/1"),
                 Rapporteur::Test::fixturePath(QStringLiteral("coding-small.zh.txt"))})
                .exitCode,
            0);
        const QJsonArray paragraphs =
            json({QStringLiteral("paragraphs"), QStringLiteral("--document"),
                  QStringLiteral("A/00/1"), QStringLiteral("--json")})
                .array();
        ASSERT_EQ(paragraphs.size(), 6);
        m_australia = paragraphs[3].toObject().value(QStringLiteral("id")).toInteger();
        m_belarus = paragraphs[5].toObject().value(QStringLiteral("id")).toInteger();
    }

    CodingRun run(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        p.start(QStringLiteral(RAPPORTEUR_CLI),
                QStringList{QStringLiteral("--db"),
                            db.isEmpty() ? m_dir.filePath(QStringLiteral("c.sqlite")) : db} +
                    args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonDocument json(const QStringList &args)
    {
        const CodingRun r = run(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << r.err.toStdString();
        return QJsonDocument::fromJson(r.out);
    }
    QStringList add(const QString &code, qint64 paragraph, int start, int end, const QString &coder)
    {
        return {QStringLiteral("coding"),      QStringLiteral("add"),
                QStringLiteral("--code"),      code,
                QStringLiteral("--paragraph"), QString::number(paragraph),
                QStringLiteral("--start"),     QString::number(start),
                QStringLiteral("--end"),       QString::number(end),
                QStringLiteral("--coder"),     coder};
    }

    QTemporaryDir m_dir;
    qint64 m_australia = 0;
    qint64 m_belarus = 0;
};

} // namespace

TEST_F(CodingCli, CodingAddCreatesThePathAndCodingsListsOneObjectPerCoding)
{
    const QJsonObject added =
        json(
            add(QStringLiteral("论点/防扩散"), m_australia, 29, 40, QStringLiteral("alice")) +
            QStringList{QStringLiteral("--memo"), QStringLiteral("备忘"), QStringLiteral("--json")})
            .object();
    EXPECT_EQ(added.value(QStringLiteral("quote")).toString(),
              QStringLiteral("出口管制有助于防止扩散"));
    EXPECT_EQ(run(add(QStringLiteral("行为体"), m_belarus, 0, 4, QStringLiteral("bob"))).exitCode,
              0);

    const QJsonArray codes = json({QStringLiteral("codes"), QStringLiteral("--json")}).array();
    ASSERT_EQ(codes.size(), 3); // parents first, siblings by name: 行为体, 论点, 论点/防扩散
    EXPECT_EQ(codes[2].toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("论点/防扩散"));
    EXPECT_EQ(codes[2].toObject().value(QStringLiteral("codings")).toInt(), 1);

    const QJsonArray all = json({QStringLiteral("codings"), QStringLiteral("--json")}).array();
    ASSERT_EQ(all.size(), 2);
    const QJsonArray alices = json({QStringLiteral("codings"), QStringLiteral("--coder"),
                                    QStringLiteral("alice"), QStringLiteral("--json")})
                                  .array();
    ASSERT_EQ(alices.size(), 1);
    const QJsonObject c = alices[0].toObject();
    for (const char *key : {"id", "document", "entity", "paragraph", "start", "end", "quote",
                            "code", "coder", "created", "memo", "orphaned"})
        EXPECT_TRUE(c.contains(QLatin1String(key))) << key;
    EXPECT_EQ(c.value(QStringLiteral("start")).toInt(), 29); // code points, past 𠀀
    EXPECT_EQ(c.value(QStringLiteral("memo")).toString(), QStringLiteral("备忘"));
    const QJsonArray byCode = json({QStringLiteral("codings"), QStringLiteral("--code"),
                                    QStringLiteral("行为体"), QStringLiteral("--json")})
                                  .array();
    ASSERT_EQ(byCode.size(), 1);
    EXPECT_EQ(byCode[0].toObject().value(QStringLiteral("entity")).toString(),
              QStringLiteral("BLR"));
}

TEST_F(CodingCli, BadSpansAndMissingOptionsExitAsPromised)
{
    EXPECT_EQ(run(add(QStringLiteral("x"), m_belarus, 0, 15, QStringLiteral("a"))).exitCode, 2);
    EXPECT_EQ(run(add(QStringLiteral("x"), 999999, 0, 1, QStringLiteral("a"))).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("coding"), QStringLiteral("add"), QStringLiteral("--code"),
                   QStringLiteral("x")})
                  .exitCode,
              1);
    EXPECT_EQ(
        run({QStringLiteral("codings"), QStringLiteral("--code"), QStringLiteral("nope")}).exitCode,
        2);
    // Without --coder, `agreement` is the voting-bloc command of issue 8, not this one (the
    // fixture has no votes: an empty matrix).
    const QJsonObject blocs =
        json({QStringLiteral("agreement"), QStringLiteral("--json")}).object();
    EXPECT_TRUE(blocs.value(QStringLiteral("matrix")).isArray());
    EXPECT_FALSE(blocs.contains(QStringLiteral("coders")));
}

TEST_F(CodingCli, DeletingACodeWithCodingsNeedsForce)
{
    ASSERT_EQ(
        run(add(QStringLiteral("论点/防扩散"), m_australia, 29, 40, QStringLiteral("a"))).exitCode,
        0);
    EXPECT_EQ(
        run({QStringLiteral("codes"), QStringLiteral("delete"), QStringLiteral("论点")}).exitCode,
        2);
    EXPECT_EQ(json({QStringLiteral("codings"), QStringLiteral("--json")}).array().size(), 1);
    EXPECT_EQ(run({QStringLiteral("codes"), QStringLiteral("delete"), QStringLiteral("论点"),
                   QStringLiteral("--force")})
                  .exitCode,
              0);
    EXPECT_EQ(json({QStringLiteral("codings"), QStringLiteral("--json")}).array().size(), 0);
}

TEST_F(CodingCli, AgreementBetweenTwoCoders)
{
    // X: both on Belarus's paragraph, alice alone on Australia's first. Six paragraphs:
    // a = 1, b = 1, c = 0, d = 4; percent 5/6; kappa: pe = (2·1 + 4·5)/36 = 22/36,
    // (30/36 − 22/36) / (14/36) = 8/14 = 4/7.
    run(add(QStringLiteral("X"), m_belarus, 0, 4, QStringLiteral("alice")));
    run(add(QStringLiteral("X"), m_belarus, 6, 13, QStringLiteral("bob")));
    run(add(QStringLiteral("X"), m_australia, 0, 4, QStringLiteral("alice")));
    const QJsonObject report =
        json({QStringLiteral("agreement"), QStringLiteral("--coder"), QStringLiteral("alice"),
              QStringLiteral("--coder"), QStringLiteral("bob"), QStringLiteral("--json")})
            .object();
    EXPECT_EQ(report.value(QStringLiteral("units")).toInt(), 6);
    const QJsonObject x = report.value(QStringLiteral("codes")).toArray()[0].toObject();
    EXPECT_EQ(x.value(QStringLiteral("code")).toString(), QStringLiteral("X"));
    EXPECT_NEAR(x.value(QStringLiteral("percent")).toDouble(), 5.0 / 6.0, 1e-9);
    EXPECT_NEAR(x.value(QStringLiteral("kappa")).toDouble(), 4.0 / 7.0, 1e-9);
    const QJsonArray disagreements = x.value(QStringLiteral("disagreements")).toArray();
    ASSERT_EQ(disagreements.size(), 1);
    EXPECT_EQ(disagreements[0].toObject().value(QStringLiteral("paragraph")).toInteger(),
              m_australia);
    EXPECT_EQ(disagreements[0].toObject().value(QStringLiteral("coded_by")).toString(),
              QStringLiteral("alice"));
}

TEST_F(CodingCli, ExportsAndAProjectReadBackElsewhere)
{
    run(add(QStringLiteral("论点/防扩散"), m_australia, 29, 40, QStringLiteral("alice")));
    for (const char *format : {"csv", "json", "qdpx", "qdc"}) {
        const QString out = m_dir.filePath(QStringLiteral("out.") + QLatin1String(format));
        const CodingRun r = run({QStringLiteral("export"), QStringLiteral("--format"),
                                 QLatin1String(format), QStringLiteral("--out"), out});
        EXPECT_EQ(r.exitCode, 0) << format << r.err.toStdString();
        EXPECT_GT(QFileInfo(out).size(), 0) << format;
    }
    QFile json(m_dir.filePath(QStringLiteral("out.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(json.readAll())
                  .array()[0]
                  .toObject()
                  .value(QStringLiteral("end"))
                  .toInt(),
              40);
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"),
                   QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))})
                  .exitCode,
              1);

    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/00/1"),
                   Rapporteur::Test::fixturePath(QStringLiteral("coding-small.zh.txt"))},
                  other)
                  .exitCode,
              0);
    const CodingRun imported =
        run({QStringLiteral("import-qda"), m_dir.filePath(QStringLiteral("out.qdpx")),
             QStringLiteral("--json")},
            other);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(imported.out)
                  .object()
                  .value(QStringLiteral("codings_added"))
                  .toInt(),
              1);
    const CodingRun codings = run({QStringLiteral("codings"), QStringLiteral("--json")}, other);
    const QJsonObject c = QJsonDocument::fromJson(codings.out).array()[0].toObject();
    EXPECT_EQ(c.value(QStringLiteral("quote")).toString(),
              QStringLiteral("出口管制有助于防止扩散"));
    EXPECT_EQ(c.value(QStringLiteral("start")).toInt(), 29);
    EXPECT_EQ(c.value(QStringLiteral("coder")).toString(), QStringLiteral("alice"));
}
