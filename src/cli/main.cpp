// rapporteur-cli: the command-line face of the core libraries. The command names, options, JSON
// fields and exit statuses are a contract that scripts and later features build on.
#include "agreementcommand.h"
#include "aligncommand.h"
#include "blocscommands.h"
#include "codingcommands.h"
#include "commandcontext.h"
#include "corpuscommands.h"
#include "databasecommands.h"
#include "exportcommand.h"
#include "groupcommands.h"
#include "importcommand.h"
#include "matrixcommands.h"
#include "refcommands.h"
#include "rollcallcommands.h"
#include "searchcommands.h"
#include "tablecommands.h"
#include "profilecommand.h"
#include "votecommands.h"

#include "workflow/databaselocation.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>

using namespace Rapporteur;

namespace {
using Command = std::function<int(Cli::CommandContext &, const QStringList &)>;

const std::map<QString, std::pair<Command, const char *>> &commands()
{
    static const std::map<QString, std::pair<Command, const char *>> table{
        {QStringLiteral("import"),
         {Cli::runImport,
          "import [--symbol SYM] [--json] [--progress] FILE...   read documents in"}},
        {QStringLiteral("documents"),
         {Cli::runDocuments, "documents [--json]   each with its language versions"}},
        {QStringLiteral("submissions"),
         {Cli::runSubmissions, "submissions [--document SYM [--lang CODE]] [--json]"}},
        {QStringLiteral("show"), {Cli::runShow, "show SUBMISSION_ID [--lang CODE] [--json]"}},
        {QStringLiteral("paragraphs"),
         {Cli::runParagraphs, "paragraphs --document SYM [--lang CODE] [--json]"}},
        {QStringLiteral("align"),
         {Cli::runAlign, "align SYM [--lang CODE] [--with CODE] [--json]   two language "
                         "versions, paragraph by paragraph"}},
        {QStringLiteral("rename"),
         {Cli::runRename, "rename SYM NEW_SYM   give a document another symbol"}},
        {QStringLiteral("votes"),
         {Cli::runVotes,
          "votes [--document SYM [--lang CODE]] [--json] | votes --session N|--resolution SYM "
          "[--json|--csv]"}},
        {QStringLiteral("import-votes"),
         {Cli::runImportVotes, "import-votes [--json] FILE...   the GA's recorded votes (UN "
                               "Digital Library, Voeten's tables)"}},
        {QStringLiteral("sponsors"),
         {Cli::runSponsors, "sponsors [--document SYM [--lang CODE]] [--json]"}},
        {QStringLiteral("resolution"),
         {Cli::runResolution, "resolution [--document SYM [--lang CODE]] [--json]"}},
        {QStringLiteral("profile"), {Cli::runProfile, "profile ENTITY [--json]"}},
        {QStringLiteral("refs"),
         {Cli::runRefs, "refs [TARGET] [--json] | refs --matrix [--json|--csv]"}},
        {QStringLiteral("search"),
         {Cli::runSearch, "search QUERY [--document SYM] [--entity CODE] [--position P --vote "
                          "LABEL] [--section S] [--lang CODE] [--limit N] [--json]"}},
        {QStringLiteral("kwic"),
         {Cli::runKwic, "kwic TERM [filters as search] [--sort corpus|left|right] [--context N] "
                        "[--json|--csv]"}},
        {QStringLiteral("tables"),
         {Cli::runTables,
          "tables DOCUMENT [--json]   a document's tables (DOCUMENT: symbol or id)"}},
        {QStringLiteral("table"),
         {Cli::runTable, "table ID [--csv|--json] [--out FILE]   one table: its cells (CSV: header "
                         "rows first, no notes)"}},
        {QStringLiteral("codes"),
         {Cli::runCodes, "codes [--json] | codes add|rename|move|merge|delete ...   the codebook"}},
        {QStringLiteral("coding"),
         {Cli::runCoding, "coding add --code PATH --paragraph ID --start N --end N [--memo TEXT] "
                          "[--coder NAME] | coding remove ID | coding memo ID TEXT"}},
        {QStringLiteral("codings"),
         {Cli::runCodings, "codings [--code PATH] [--coder NAME] [--json]"}},
        {QStringLiteral("memo"),
         {Cli::runMemo, "memo --code PATH|--submission ID|--document SYM [TEXT]"}},
        {QStringLiteral("agreement"),
         {Cli::runAgreement, "agreement --coder A --coder B [--exclude-uncoded] [--json] | "
                             "agreement [--votes LABEL,...] [--abstain half|disagree] "
                             "[--non-voting exclude|count] [--order name|cluster] [--json|--csv]"}},
        {QStringLiteral("clusters"),
         {Cli::runClusters, "clusters --k N [--votes LABEL,...] [--abstain half|disagree] "
                            "[--non-voting exclude|count] [--json]"}},
        {QStringLiteral("map"),
         {Cli::runVoteMap, "map [--votes LABEL,... | --session N | --sessions A-B] [--issue CODE] "
                           "[--important] [--title WORDS] [--by-session] [--abstain half|disagree] "
                           "[--non-voting exclude|count] [--json]"}},
        {QStringLiteral("cohesion"),
         {Cli::runCohesion, "cohesion --group NAME [--votes LABEL,...] [--json]"}},
        {QStringLiteral("groups"),
         {Cli::runGroups,
          "groups [--json] | groups add NAME CODE... [--name-zh NAME] | groups remove NAME"}},
        {QStringLiteral("matrix"),
         {Cli::runMatrix, "matrix --by state|position [--vote LABEL] [--document SYM] "
                          "[--code PATH] [--coder NAME] [--json|--csv]"}},
        {QStringLiteral("cooccurrence"),
         {Cli::runCooccurrence, "cooccurrence [--coder NAME] [--json|--csv]"}},
        {QStringLiteral("export"),
         {Cli::runExport,
          "export --format csv|json|qdpx|qdc --out FILE [--code PATH] [--coder NAME]"}},
        {QStringLiteral("import-qda"),
         {Cli::runImportQda, "import-qda FILE.qdpx|FILE.qdc [--json]"}},
        {QStringLiteral("check"),
         {Cli::runCheck, "check [--json]   integrity, references and search indexes, in words"}},
        {QStringLiteral("backup"),
         {Cli::runBackup, "backup DEST [--json]   a consistent copy, also while the database is in "
                          "use"}},
    };
    return table;
}

int printUsage(FILE *out, int code)
{
    std::fprintf(out, "usage: rapporteur-cli [--db FILE] COMMAND [OPTIONS]\n\ncommands:\n");
    for (const auto &[name, entry] : commands())
        std::fprintf(out, "  %s\n", entry.second);
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
    const auto found = commands().find(args.first());
    if (found == commands().end()) {
        Cli::CommandContext::usage(QStringLiteral("unknown command %1").arg(args.first()));
        return printUsage(stderr, Cli::ExitUsage);
    }
    Cli::CommandContext context(dbPath);
    return found->second.first(context, args);
}

int main(int argc, char **argv)
{
    return flushedOutput(runCommandLine(argc, argv));
}
