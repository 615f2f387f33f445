#include "databasecommands.h"

#include "commandcontext.h"

#include "common/shownpath.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/databasecheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rapporteur::Cli {

namespace {

const QCommandLineOption kJson{QStringLiteral("json"), QStringLiteral("Print JSON.")};

// Both commands are about a database that exists: opening a missing one would create an empty
// corpus, which would then check as sound or back up as nothing.
Storage::Database *existingDatabase(CommandContext &context)
{
    if (!QFileInfo::exists(context.databasePath())) {
        CommandContext::fail(
            Error{ErrorCode::UnreadableFile,
                  QStringLiteral("There is no database at “%1”.")
                      .arg(shownPath(QDir::toNativeSeparators(context.databasePath()))),
                  {}});
        return nullptr;
    }
    return context.database();
}

QJsonObject reportJson(const Storage::CheckReport &report)
{
    QJsonArray problems;
    for (const auto &p : report.problems)
        problems.append(QJsonObject{{QStringLiteral("check"), p.check},
                                    {QStringLiteral("message"), p.message}});
    return {{QStringLiteral("sound"), report.sound()},
            {QStringLiteral("checked"), QJsonArray::fromStringList(report.checked)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
            {QStringLiteral("problems"), problems}};
}

} // namespace

int runCheck(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check the database: SQLite's integrity and foreign-key checks and the search indexes."));
    parser.addOption(kJson);
    if (const auto done = CommandContext::parse(parser, args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return CommandContext::usage(QStringLiteral("check takes no arguments"));
    Storage::Database *db = existingDatabase(context);
    if (!db)
        return ExitBadInput;
    auto report = Storage::checkDatabase(*db);
    if (!report)
        return CommandContext::fail(report.error());
    const int status = report->sound() ? ExitOk : ExitBadInput;
    if (parser.isSet(kJson)) {
        CommandContext::printJson(QJsonDocument(reportJson(*report)));
        return status;
    }
    for (const QString &note : report->notes)
        CommandContext::print(QStringLiteral("note: ") + note);
    for (const auto &problem : report->problems)
        CommandContext::print(problem.message);
    const qsizetype n = report->problems.size();
    CommandContext::print(n == 0   ? QStringLiteral("The database is sound.")
                          : n == 1 ? QStringLiteral("1 problem found.")
                                   : QStringLiteral("%1 problems found.").arg(n));
    return status;
}

int runBackup(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy the database to DEST while it may be in use; DEST is replaced only by a complete, "
        "checked copy."));
    parser.addOption(kJson);
    parser.addPositionalArgument(QStringLiteral("DEST"), QStringLiteral("The backup file."));
    if (const auto done = CommandContext::parse(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return CommandContext::usage(QStringLiteral("backup needs one DEST file"));
    Storage::Database *db = existingDatabase(context);
    if (!db)
        return ExitBadInput;
    auto done = Storage::backupDatabase(*db, positional.first());
    if (!done)
        return CommandContext::fail(done.error());
    if (parser.isSet(kJson)) {
        CommandContext::printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("destination"), done->destination},
                                      {QStringLiteral("pages"), done->pages},
                                      {QStringLiteral("bytes"), done->bytes}}));
        return ExitOk;
    }
    CommandContext::print(QStringLiteral("Backed up to %1 (%2 pages, %3 bytes).")
                              .arg(shownPath(QDir::toNativeSeparators(done->destination)))
                              .arg(done->pages)
                              .arg(done->bytes));
    return ExitOk;
}

} // namespace Rapporteur::Cli
