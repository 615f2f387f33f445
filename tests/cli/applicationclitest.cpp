// The desktop application answers --help and --version where there is no display (over ssh, in
// a package's post-install check): a QApplication without one aborts.
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

TEST(ApplicationWithoutDisplay, AnswersVersionAndHelp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(RAPPORTEUR_APP), {option});
        ASSERT_TRUE(app.waitForFinished(60'000)) << option.toStdString();
        EXPECT_EQ(app.exitStatus(), QProcess::NormalExit) << option.toStdString();
        EXPECT_EQ(app.exitCode(), 0) << option.toStdString()
                                     << app.readAllStandardError().toStdString();
        const QByteArray out = app.readAllStandardOutput();
        EXPECT_TRUE(option == u"--version" ? out.startsWith("rapporteur ") : out.contains("--db"))
            << out.toStdString();
    }
}
