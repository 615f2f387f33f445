#include "databasecommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

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

const QCommandLineOption &kJson = Options::json();

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

int runCheck(CommandContext &context, const QCommandLineParser &parser)
{
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

int runBackup(CommandContext &context, const QCommandLineParser &parser)
{
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

} // namespace

const CommandSpec &checkCommand()
{
    static const CommandSpec command{
        QStringLiteral("check"),
        {Syntax::maybe(kJson)},
        QStringLiteral("integrity, references and search indexes, in words"),
        runCheck};
    return command;
}

const CommandSpec &backupCommand()
{
    static const CommandSpec command{
        QStringLiteral("backup"),
        {Syntax::sequence({Syntax::argument(QStringLiteral("DEST")), Syntax::maybe(kJson)})},
        QStringLiteral("a consistent copy, also while the database is in use; DEST is replaced "
                       "only by a complete, checked copy"),
        runBackup};
    return command;
}

} // namespace Rapporteur::Cli
