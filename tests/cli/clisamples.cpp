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
    ASSERT_EQ(
        run({QStringLiteral("import"), corpusPath(QStringLiteral("A-77-96.zh.txt"))}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--symbol"), QStringLiteral("A/79/416"),
                   corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt"))})
                  .exitCode,
              0);
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
