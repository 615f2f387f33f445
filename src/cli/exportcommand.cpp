#include "exportcommand.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

#include "common/inputfile.h"
#include "common/outputfile.h"
#include "common/shownpath.h"

#include "coding/codingservice.h"
#include "coding/codingtable.h"
#include "coding/qdacodebook.h"
#include "coding/qdpxexport.h"
#include "coding/qdpximport.h"
#include "storage/database.h"
#include "workflow/inputlimit.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rapporteur::Cli {

namespace {
const QCommandLineOption kFormat{QStringLiteral("format"),
                                 QStringLiteral("csv, json, qdpx or qdc."),
                                 QStringLiteral("csv|json|qdpx|qdc")};
const QCommandLineOption kOut{QStringLiteral("out"), QStringLiteral("The file to write."),
                              QStringLiteral("FILE")};
const QCommandLineOption kCode{QStringLiteral("code"), QStringLiteral("csv/json: one code."),
                               QStringLiteral("PATH")};
const QCommandLineOption kCoder{QStringLiteral("coder"), QStringLiteral("csv/json: one coder."),
                                QStringLiteral("NAME")};

int runExport(CommandContext &context, const QCommandLineParser &parser)
{
    const QString kind = parser.value(kFormat);
    const QStringList kinds{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("qdpx"),
                            QStringLiteral("qdc")};
    if (!kinds.contains(kind) || parser.value(kOut).isEmpty())
        return CommandContext::usage(
            QStringLiteral("export needs --format csv|json|qdpx|qdc and --out FILE"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;

    QByteArray bytes;
    QString summary;
    if (kind == QLatin1String("qdpx")) {
        auto project = Coding::exportQdpx(*db);
        if (!project)
            return CommandContext::fail(project.error());
        bytes = project->archive;
        summary = QStringLiteral("%1 sources, %2 codes, %3 codings")
                      .arg(project->sources)
                      .arg(project->codes)
                      .arg(project->codings);
        if (project->orphansLeftOut > 0)
            summary += QStringLiteral(" (%1 orphaned codings left out: they have no place in "
                                      "the text)")
                           .arg(project->orphansLeftOut);
    } else if (kind == QLatin1String("qdc")) {
        auto codebook = Coding::exportCodebook(*db);
        if (!codebook)
            return CommandContext::fail(codebook.error());
        bytes = *codebook;
        summary = QStringLiteral("codebook");
    } else {
        auto codings = Coding::readCodings(*db, {parser.value(kCode), parser.value(kCoder)});
        if (!codings)
            return CommandContext::fail(codings.error());
        bytes = kind == QLatin1String("csv") ? Coding::codingsToCsv(*codings)
                                             : Coding::codingsToJson(*codings);
        summary = QStringLiteral("%1 codings").arg(codings->size());
    }
    if (auto written = writeOutputFile(parser.value(kOut), bytes); !written)
        return CommandContext::fail(written.error());
    // On stderr: stdout stays free for scripts, as with import --progress.
    std::fprintf(stderr, "wrote %s: %s\n", parser.value(kOut).toUtf8().constData(),
                 summary.toUtf8().constData());
    return ExitOk;
}

int runImportQda(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return CommandContext::usage(QStringLiteral("import-qda needs one FILE"));
    const QString path = parser.positionalArguments().first();
    // The database first: once it is open, the reading below refuses its files (DatabaseFiles).
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    // A project or codebook is small; the import limit bounds a wrong file all the same.
    auto contents = readInputFile(path, Workflow::configuredMaxInputBytes());
    if (!contents) {
        Error error = contents.error();
        error.userMessage = QStringLiteral("%1: %2").arg(shownFileName(path), error.userMessage);
        return CommandContext::fail(error);
    }
    const QByteArray *bytes = &*contents;

    QJsonObject report;
    if (bytes->startsWith("PK")) {
        auto imported = Coding::importQdpx(*db, *bytes);
        if (!imported)
            return CommandContext::fail(imported.error());
        report = {{QStringLiteral("codes_created"), imported->codesCreated},
                  {QStringLiteral("codings_added"), imported->codingsAdded},
                  {QStringLiteral("codings_orphaned"), imported->codingsOrphaned},
                  {QStringLiteral("codings_already_there"), imported->codingsAlreadyThere},
                  {QStringLiteral("codings_without_code"), imported->codingsWithoutCode},
                  {QStringLiteral("missing_documents"),
                   QJsonArray::fromStringList(imported->missingDocuments)}};
    } else {
        auto created = Coding::importCodebook(*db, *bytes);
        if (!created)
            return CommandContext::fail(created.error());
        report = {{QStringLiteral("codes_created"), *created}};
    }
    if (parser.isSet(Options::json())) {
        CommandContext::printJson(QJsonDocument(report));
        return ExitOk;
    }
    for (auto it = report.constBegin(); it != report.constEnd(); ++it) {
        const QString value = it->isArray()
                                  ? it->toVariant().toStringList().join(QStringLiteral(", "))
                                  : QString::number(it->toInt());
        CommandContext::print(QStringLiteral("%1: %2").arg(it.key(), value));
    }
    return ExitOk;
}

} // namespace

const CommandSpec &exportCommand()
{
    static const CommandSpec command{
        QStringLiteral("export"),
        {Syntax::sequence({Syntax::option(kFormat), Syntax::option(kOut), Syntax::maybe(kCode),
                           Syntax::maybe(kCoder)})},
        QStringLiteral("codings (csv, json, filtered as `codings`), the REFI-QDA project (qdpx) or "
                       "the codebook (qdc)"),
        runExport};
    return command;
}

const CommandSpec &importQdaCommand()
{
    static const CommandSpec command{
        QStringLiteral("import-qda"),
        {Syntax::sequence({Syntax::argument(QStringLiteral("FILE.qdpx|FILE.qdc")),
                           Syntax::maybe(Options::json())})},
        QStringLiteral("a REFI-QDA project or codebook"),
        runImportQda};
    return command;
}

} // namespace Rapporteur::Cli
