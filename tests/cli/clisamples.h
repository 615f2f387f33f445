#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace Rapporteur::Test {

// What one run of rapporteur-cli gave: exit status (-1 when it crashed), stdout, stderr.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliResult runCli(const QString &databasePath, const QStringList &args);

// A test suite over a database holding both sample documents, imported once per suite as a
// user would (the committee report's text names no symbol, so it is given A/79/416).
class CliOnSamples : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

    static QString databasePath();
    static CliResult run(const QStringList &args) { return runCli(databasePath(), args); }
    // The output of a run that must succeed, read as JSON.
    static QJsonDocument json(const QStringList &args);

private:
    static inline QTemporaryDir *s_dir = nullptr;
};

} // namespace Rapporteur::Test
