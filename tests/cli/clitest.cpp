// rapporteur-cli as scripts and the later issues use it: commands, JSON fields, exit statuses, on
// the two sample documents. Expected values come from the documents (see the corpus tests).
#include "referencedata/entityregistry.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonValue json() const
    {
        return QJsonDocument::fromJson(out).isArray()
                   ? QJsonValue(QJsonDocument::fromJson(out).array())
                   : QJsonValue(QJsonDocument::fromJson(out).object());
    }
};

class Cli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const CliRun a = run({QStringLiteral("import"),
                              Rapporteur::Test::corpusPath(QStringLiteral("A-77-96.zh.txt"))});
        ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
        const CliRun b =
            run({QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/79/416"),
                 Rapporteur::Test::corpusPath(
                     QStringLiteral("first-committee-79-item-106-report.zh.txt"))});
        ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    }
    static void TearDownTestSuite() { delete s_dir; }

    static CliRun run(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        p.start(QStringLiteral(RAPPORTEUR_CLI),
                QStringList{QStringLiteral("--db"),
                            db.isEmpty() ? s_dir->filePath(QStringLiteral("cli.sqlite")) : db} +
                    args);
        p.waitForFinished(120000);
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                      p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    static inline QTemporaryDir *s_dir = nullptr;
};

QStringList codesOf(const QJsonArray &list)
{
    QStringList out;
    for (const auto &v : list)
        out.append(v.toObject().value(QStringLiteral("code")).toString());
    return out;
}

} // namespace

TEST_F(Cli, UsageErrorsExitOne)
{
    EXPECT_EQ(run({}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("no-such-command")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("show")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("paragraphs"), QStringLiteral("--json")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("submissions"), QStringLiteral("--bogus")}).exitCode, 1);
}

TEST_F(Cli, OptionsOfDifferentFormsOfACommandAreAUsageError)
{
    const CliRun mixed = run({QStringLiteral("agreement"), QStringLiteral("--coder"),
                              QStringLiteral("a"), QStringLiteral("--coder"), QStringLiteral("b"),
                              QStringLiteral("--votes"), QStringLiteral("(a)")});
    EXPECT_EQ(mixed.exitCode, 1);
    EXPECT_EQ(mixed.err, QStringLiteral("usage error: --coder and --votes do not go together\n"));
    const CliRun both =
        run({QStringLiteral("votes"), QStringLiteral("--session"), QStringLiteral("74"),
             QStringLiteral("--json"), QStringLiteral("--csv")});
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_TRUE(both.err.contains(QStringLiteral("do not go together"))) << both.err.toStdString();
    const CliRun argument = run({QStringLiteral("documents"), QStringLiteral("A/77/96")});
    EXPECT_EQ(argument.exitCode, 1);
    EXPECT_EQ(argument.err, QStringLiteral("usage error: documents takes no arguments\n"));
}

// The usage text is made from the same specifications as the parsers: an option a command takes
// is in its synopsis (import's --password and --max-input-size once were not).
TEST_F(Cli, UsageNamesEveryOptionACommandTakes)
{
    const CliRun help = run({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    EXPECT_TRUE(text.contains(QStringLiteral("\n  import [--symbol SYM] [--password PW] [--json] "
                                             "[--progress] [--max-input-size MB] FILE...")))
        << help.out.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("\n  votes [--document SYM [--lang CODE]] [--json] "
                                     "| votes --session N|--resolution SYM [--json|--csv]")))
        << help.out.toStdString();
    const CliRun commandHelp = run({QStringLiteral("codes"), QStringLiteral("--help")});
    ASSERT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains("codes delete PATH [--force]"))
        << commandHelp.out.toStdString();
    EXPECT_TRUE(commandHelp.out.contains("--force")) << commandHelp.out.toStdString();
}

TEST_F(Cli, BadInputExitsTwoWithOneLineError)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    for (const QString &file :
         {Rapporteur::Test::fixturePath(QStringLiteral("empty.txt")),
          Rapporteur::Test::fixturePath(QStringLiteral("binary.bin")),
          Rapporteur::Test::fixturePath(QStringLiteral("unknown-encoding.txt")), dir.path()}) {
        const CliRun r = run({QStringLiteral("import"), file}, db);
        EXPECT_EQ(r.exitCode, 2) << file.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("error: "))) << r.err.toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    }
    const CliRun documents = run({QStringLiteral("documents"), QStringLiteral("--json")}, db);
    EXPECT_EQ(documents.exitCode, 0);
    EXPECT_TRUE(documents.json().toArray().isEmpty());
    EXPECT_EQ(run({QStringLiteral("show"), QStringLiteral("999999")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("votes"), QStringLiteral("--document"), QStringLiteral("A/1/1")})
                  .exitCode,
              2);
    const CliRun mismatch =
        run({QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/C.1/99/2"),
             Rapporteur::Test::fixturePath(QStringLiteral("vote-count-mismatch.zh.txt"))},
            db);
    EXPECT_EQ(mismatch.exitCode, 2);
    EXPECT_TRUE(mismatch.err.contains(QStringLiteral("do not add up")))
        << mismatch.err.toStdString();
    const CliRun twice =
        run({QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/C.1/99/3"),
             Rapporteur::Test::fixturePath(QStringLiteral("vote-state-listed-twice.zh.txt"))},
            db);
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("美利坚合众国 (USA) is listed more than once")))
        << twice.err.toStdString();
}

TEST_F(Cli, SubmissionsCarryTheContractFields)
{
    const CliRun r = run({QStringLiteral("submissions"), QStringLiteral("--document"),
                          QStringLiteral("A/77/96"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray subs = r.json().toArray();
    ASSERT_EQ(subs.size(), 33);
    const QJsonObject canada = subs[4].toObject();
    EXPECT_EQ(canada.value(QStringLiteral("entity")).toObject().value(QStringLiteral("code")),
              QStringLiteral("CAN"));
    EXPECT_EQ(canada.value(QStringLiteral("languages")).toArray(),
              (QJsonArray{QStringLiteral("en"), QStringLiteral("fr")}));
    EXPECT_EQ(canada.value(QStringLiteral("date")).toString(), QStringLiteral("2022-05-31"));
    EXPECT_EQ(canada.value(QStringLiteral("heading")).toString(), QStringLiteral("加拿大"));
    EXPECT_GT(canada.value(QStringLiteral("paragraphs")).toInt(), 0);
    EXPECT_EQ(canada.value(QStringLiteral("document")).toString(), QStringLiteral("A/77/96"));
}

TEST_F(Cli, ParagraphIdsSurviveReimportOfUnchangedText)
{
    const auto ids = [] {
        QList<qint64> out;
        const CliRun r = run({QStringLiteral("paragraphs"), QStringLiteral("--document"),
                              QStringLiteral("A/77/96"), QStringLiteral("--json")});
        for (const auto &p : r.json().toArray())
            out.append(p.toObject().value(QStringLiteral("id")).toInteger());
        return out;
    };
    const QList<qint64> before = ids();
    ASSERT_FALSE(before.isEmpty());
    const CliRun again = run(
        {QStringLiteral("import"), Rapporteur::Test::corpusPath(QStringLiteral("A-77-96.zh.txt"))});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains("unchanged"));
    EXPECT_EQ(ids(), before);
}

TEST_F(Cli, VotesOfTheCommitteeReport)
{
    const CliRun r = run({QStringLiteral("votes"), QStringLiteral("--document"),
                          QStringLiteral("A/79/416"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray votes = r.json().toArray();
    ASSERT_EQ(votes.size(), 3);
    const int stated[3][3] = {{87, 53, 22}, {94, 53, 17}, {102, 53, 25}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject v = votes[i].toObject();
        const QJsonObject s = v.value(QStringLiteral("stated")).toObject();
        EXPECT_EQ(s.value(QStringLiteral("yes")).toInt(), stated[i][0]);
        EXPECT_EQ(v.value(QStringLiteral("yes")).toArray().size(), stated[i][0]);
        EXPECT_EQ(v.value(QStringLiteral("no")).toArray().size(), stated[i][1]);
        EXPECT_EQ(v.value(QStringLiteral("abstain")).toArray().size(), stated[i][2]);
        EXPECT_EQ(v.value(QStringLiteral("non_voting")).toArray().size(),
                  193 - stated[i][0] - stated[i][1] - stated[i][2]);
        EXPECT_TRUE(v.value(QStringLiteral("counts_match")).toBool());
        EXPECT_EQ(v.value(QStringLiteral("date")).toString(), QStringLiteral("2024-11-06"));
        const QJsonObject first = v.value(QStringLiteral("yes")).toArray().first().toObject();
        EXPECT_EQ(first.value(QStringLiteral("written")).toString(), QStringLiteral("阿尔及利亚"));
        EXPECT_EQ(first.value(QStringLiteral("code")).toString(), QStringLiteral("DZA"));
    }
    const QJsonObject a = votes[0].toObject();
    EXPECT_EQ(a.value(QStringLiteral("label")).toString(), QStringLiteral("(a)"));
    const QJsonArray notes = a.value(QStringLiteral("notes")).toArray();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("CIV"));
    EXPECT_EQ(notes[0].toObject().value(QStringLiteral("intended")).toString(),
              QStringLiteral("abstain"));
    for (const auto &v : votes)
        EXPECT_TRUE(codesOf(v.toObject().value(QStringLiteral("non_voting")).toArray())
                        .contains(QStringLiteral("VEN")));
}

TEST_F(Cli, SponsorsAndResolution)
{
    const CliRun s = run({QStringLiteral("sponsors"), QStringLiteral("--document"),
                          QStringLiteral("A/79/416"), QStringLiteral("--json")});
    ASSERT_EQ(s.exitCode, 0);
    const QJsonObject sponsors = s.json().toObject();
    EXPECT_EQ(sponsors.value(QStringLiteral("main")).toArray().size(), 28);
    EXPECT_EQ(sponsors.value(QStringLiteral("joined")).toArray().size(), 7);
    EXPECT_EQ(codesOf(sponsors.value(QStringLiteral("joined")).toArray()).last(),
              QStringLiteral("PSE"));
    const CliRun r = run({QStringLiteral("resolution"), QStringLiteral("--document"),
                          QStringLiteral("A/79/416"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    QList<int> operative;
    for (const auto &p : r.json().toArray()) {
        if (p.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("operative"))
            operative.append(p.toObject().value(QStringLiteral("number")).toInt());
    }
    EXPECT_EQ(operative, (QList<int>{1, 2, 3}));
}

TEST_F(Cli, NetherlandsHasOneProfileAcrossBothDocuments)
{
    for (const QString &name :
         {QStringLiteral("NLD"), QStringLiteral("荷兰"), QStringLiteral("荷兰王国")}) {
        const CliRun r = run({QStringLiteral("profile"), name, QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject p = r.json().toObject();
        EXPECT_EQ(p.value(QStringLiteral("entity")).toObject().value(QStringLiteral("code")),
                  QStringLiteral("NLD"));
        const QJsonArray subs = p.value(QStringLiteral("submissions")).toArray();
        ASSERT_EQ(subs.size(), 1);
        EXPECT_EQ(subs[0].toObject().value(QStringLiteral("date")).toString(),
                  QStringLiteral("2022-05-31"));
        QStringList positions;
        for (const auto &v : p.value(QStringLiteral("votes")).toArray())
            positions.append(v.toObject().value(QStringLiteral("position")).toString());
        EXPECT_EQ(positions,
                  (QStringList{QStringLiteral("no"), QStringLiteral("no"), QStringLiteral("no")}));
    }
}

TEST_F(Cli, ProfilesOfKenyaIvoryCoastAndMadagascar)
{
    auto positions = [](const QString &code) {
        QStringList out;
        const CliRun r = run({QStringLiteral("profile"), code, QStringLiteral("--json")});
        for (const auto &v : r.json().toObject().value(QStringLiteral("votes")).toArray()) {
            const QJsonObject o = v.toObject();
            QString p = o.value(QStringLiteral("position")).toString();
            if (o.contains(QStringLiteral("intended")))
                p += u'>' + o.value(QStringLiteral("intended")).toString();
            out.append(p);
        }
        return out;
    };
    EXPECT_EQ(positions(QStringLiteral("KEN")),
              (QStringList{QStringLiteral("non_voting"), QStringLiteral("non_voting"),
                           QStringLiteral("yes")}));
    EXPECT_EQ(positions(QStringLiteral("CIV")).first(), QStringLiteral("yes>abstain"));
    EXPECT_EQ(positions(QStringLiteral("MDG")).last(), QStringLiteral("abstain>yes"));
    EXPECT_EQ(positions(QStringLiteral("VEN")),
              (QStringList{QStringLiteral("non_voting"), QStringLiteral("non_voting"),
                           QStringLiteral("non_voting")}));
}

TEST_F(Cli, EverySubmittingStateHasAProfileWithItsSubmissionAndThreeVotes)
{
    const CliRun r = run({QStringLiteral("submissions"), QStringLiteral("--document"),
                          QStringLiteral("A/77/96"), QStringLiteral("--json")});
    int states = 0;
    for (const auto &s : r.json().toArray()) {
        const QString code = s.toObject()
                                 .value(QStringLiteral("entity"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        if (code == QStringLiteral("EUU"))
            continue; // an organisation: it submits but does not vote
        ++states;
        const CliRun p = run({QStringLiteral("profile"), code, QStringLiteral("--json")});
        ASSERT_EQ(p.exitCode, 0) << code.toStdString();
        const QJsonObject o = p.json().toObject();
        EXPECT_EQ(o.value(QStringLiteral("submissions")).toArray().size(), 1) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("votes")).toArray().size(), 3) << code.toStdString();
    }
    EXPECT_EQ(states, 32);
    EXPECT_EQ(run({QStringLiteral("profile"), QStringLiteral("乌托邦")}).exitCode, 2);
}

TEST(CliRename, ProvisionalSymbolCanBeReplaced)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    auto cli = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(RAPPORTEUR_CLI), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()));
    };
    ASSERT_EQ(cli({QStringLiteral("import"),
                   Rapporteur::Test::fixturePath(QStringLiteral("unknown-state.zh.txt"))})
                  .first,
              0);
    const auto docs = cli({QStringLiteral("documents"), QStringLiteral("--json")}).second.array();
    ASSERT_EQ(docs.size(), 1);
    const QString provisional = docs[0].toObject().value(QStringLiteral("symbol")).toString();
    EXPECT_TRUE(docs[0].toObject().value(QStringLiteral("symbol_provisional")).toBool());
    EXPECT_EQ(cli({QStringLiteral("rename"), provisional, QStringLiteral("A/99/7")}).first, 0);
    const auto after = cli({QStringLiteral("documents"), QStringLiteral("--json")}).second.array();
    EXPECT_EQ(after[0].toObject().value(QStringLiteral("symbol")).toString(),
              QStringLiteral("A/99/7"));
    EXPECT_FALSE(after[0].toObject().value(QStringLiteral("symbol_provisional")).toBool());
    EXPECT_EQ(
        cli({QStringLiteral("rename"), QStringLiteral("A/1/1"), QStringLiteral("A/1/2")}).first, 2);
}
