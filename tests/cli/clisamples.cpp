#include "clisamples.h"

#include "testsupport.h"

#include <QProcess>

namespace Rapporteur::Test {

CliResult runCli(const QString &databasePath, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORTEUR_CLI),
            QStringList{QStringLiteral("--db"), databasePath} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

void CliOnSamples::SetUpTestSuite()
{
    s_dir = new QTemporaryDir;
    const QString report = corpusPath(QStringLiteral("A-77-96.zh.txt"));
    const QString committee =
        corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt"));
    // Imported by the command line once per build; every other test process gets a copy.
    const bool made = copyOfSharedDatabase(
        QStringLiteral("samples"), {QStringLiteral(RAPPORTEUR_CLI), report, committee},
        databasePath(), [&](const QString &path) {
            const CliResult first = runCli(path, {QStringLiteral("import"), report});
            EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
            const CliResult second =
                runCli(path, {QStringLiteral("import"), QStringLiteral("--symbol"),
                              QStringLiteral("A/79/416"), committee});
            EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
            return first.exitCode == 0 && second.exitCode == 0;
        });
    ASSERT_TRUE(made);
}

void CliOnSamples::TearDownTestSuite()
{
    delete s_dir;
    s_dir = nullptr;
}

QString CliOnSamples::databasePath()
{
    return s_dir->filePath(QStringLiteral("samples.sqlite"));
}

QJsonDocument CliOnSamples::json(const QStringList &args)
{
    const CliResult r = run(args);
    EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << r.err.toStdString();
    return QJsonDocument::fromJson(r.out);
}

} // namespace Rapporteur::Test
