// rapporteur-cli: the command-line face of the core libraries. The command names, options, JSON
// fields and exit statuses are a contract that scripts and later features build on.
#include "agreementcommand.h"
#include "aligncommand.h"
#include "blocscommands.h"
#include "codingcommands.h"
#include "commandcontext.h"
#include "commandspec.h"
#include "corpuscommands.h"
#include "databasecommands.h"
#include "exportcommand.h"
#include "groupcommands.h"
#include "importcommand.h"
#include "matrixcommands.h"
#include "profilecommand.h"
#include "refcommands.h"
#include "rollcallcommands.h"
#include "searchcommands.h"
#include "tablecommands.h"
#include "votecommands.h"

#include "workflow/databaselocation.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Rapporteur;

namespace {
// Every command, in the order `--help` lists them.
const QList<const Cli::CommandSpec *> &commands()
{
    static const QList<const Cli::CommandSpec *> all{
        &Cli::importCommand(),       &Cli::documentsCommand(),  &Cli::submissionsCommand(),
        &Cli::showCommand(),         &Cli::paragraphsCommand(), &Cli::alignCommand(),
        &Cli::renameCommand(),       &Cli::votesCommand(),      &Cli::importVotesCommand(),
        &Cli::sponsorsCommand(),     &Cli::resolutionCommand(), &Cli::profileCommand(),
        &Cli::refsCommand(),         &Cli::searchCommand(),     &Cli::kwicCommand(),
        &Cli::tablesCommand(),       &Cli::tableCommand(),      &Cli::codesCommand(),
        &Cli::codingCommand(),       &Cli::codingsCommand(),    &Cli::memoCommand(),
        &Cli::agreementCommand(),    &Cli::clustersCommand(),   &Cli::mapCommand(),
        &Cli::cohesionCommand(),     &Cli::groupsCommand(),     &Cli::matrixCommand(),
        &Cli::cooccurrenceCommand(), &Cli::exportCommand(),     &Cli::importQdaCommand(),
        &Cli::checkCommand(),        &Cli::backupCommand(),
    };
    return all;
}

const Cli::CommandSpec *commandNamed(const QString &name)
{
    for (const Cli::CommandSpec *command : commands()) {
        if (command->name == name)
            return command;
    }
    return nullptr;
}

int printUsage(FILE *out, int code)
{
    std::fprintf(out, "usage: rapporteur-cli [--db FILE] COMMAND [OPTIONS]\n\ncommands:\n");
    for (const Cli::CommandSpec *command : commands()) {
        const QString summary =
            command->summary.isEmpty() ? QString() : QStringLiteral("   ") + command->summary;
        std::fprintf(out, "  %s%s\n", Cli::synopsis(*command).toUtf8().constData(),
                     summary.toUtf8().constData());
    }
    std::fprintf(out, "\n--db defaults to %s\nCOMMAND --help describes a command.\n",
                 Workflow::defaultDatabasePath().toUtf8().constData());
    return code;
}
} // namespace

// Everything printed goes through stdio's buffer: a full disk, /dev/full or a closed descriptor
// shows only when the buffer is flushed, so the exit status waits for that flush.
static int flushedOutput(int status)
{
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if (flushed && !std::ferror(stdout))
        return status;
    std::fprintf(stderr, "error: the output could not be written: %s\n",
                 error != 0 ? std::strerror(error) : "a write to standard output failed");
    return status == Cli::ExitOk ? Cli::ExitBadInput : status;
}

static int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Standard error carries the command's own one-line "error: …"; what the libraries log
    // (Poppler's complaints about a damaged file, storage warnings) shows only when asked for
    // with QT_LOGGING_RULES, which takes precedence over this rule.
    QLoggingCategory::setFilterRules(QStringLiteral("rapporteur.*=false"));
    QCoreApplication::setApplicationName(QStringLiteral("rapporteur"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORTEUR_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QString dbPath = Workflow::defaultDatabasePath();
    // Global options come before the command; the command parses the rest itself.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db")) {
            if (args.isEmpty())
                return Cli::CommandContext::usage(QStringLiteral("--db needs a FILE"));
            dbPath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            dbPath = option.mid(5);
        } else if (option == QLatin1String("--help")) {
            return printUsage(stdout, Cli::ExitOk);
        } else if (option == QLatin1String("--version")) {
            std::printf("rapporteur-cli %s\n", RAPPORTEUR_VERSION);
            return Cli::ExitOk;
        } else {
            Cli::CommandContext::usage(QStringLiteral("unknown option %1").arg(option));
            return printUsage(stderr, Cli::ExitUsage);
        }
    }
    if (args.isEmpty())
        return printUsage(stderr, Cli::ExitUsage);
    const Cli::CommandSpec *command = commandNamed(args.first());
    if (!command) {
        Cli::CommandContext::usage(QStringLiteral("unknown command %1").arg(args.first()));
        return printUsage(stderr, Cli::ExitUsage);
    }
    Cli::CommandContext context(dbPath);
    return Cli::runCommand(*command, context, args);
}

int main(int argc, char **argv)
{
    return flushedOutput(runCommandLine(argc, argv));
}
