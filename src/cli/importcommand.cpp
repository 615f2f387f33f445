#include "importcommand.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"
#include "jsonformat.h"

#include "workflow/importer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Rapporteur::Cli {

namespace {
// Prints "done/total what" on stderr, one line a step, so stdout stays clean for --json.
class StderrProgress final : public ProgressSink
{
public:
    void progress(qint64 done, qint64 total, const QString &what) override
    {
        std::fprintf(stderr, "[%lld/%lld] %s\n", static_cast<long long>(done),
                     static_cast<long long>(total), what.toUtf8().constData());
    }
};
const QCommandLineOption kSymbol{
    QStringLiteral("symbol"), QStringLiteral("The document symbol, e.g. A/77/96 (one file only)."),
    QStringLiteral("SYM")};
const QCommandLineOption kPassword{QStringLiteral("password"),
                                   QStringLiteral("The password of an encrypted PDF."),
                                   QStringLiteral("PW")};
const QCommandLineOption kJson{QStringLiteral("json"),
                               QStringLiteral("Print the summary as JSON.")};
const QCommandLineOption kProgress{QStringLiteral("progress"),
                                   QStringLiteral("Show progress on stderr.")};

int runImport(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CommandContext::usage(QStringLiteral("import needs at least one FILE"));
    const QString symbol = parser.value(kSymbol);
    if (!symbol.isEmpty() && files.size() > 1)
        return CommandContext::usage(QStringLiteral("--symbol names one document: give one FILE"));

    qint64 maxInputBytes = 0;
    if (const auto done = Options::readMaxInputSize(parser, maxInputBytes))
        return *done;

    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    QList<Workflow::ImportRequest> requests;
    for (const QString &file : files)
        requests.append(
            Workflow::ImportRequest{file, symbol, parser.value(kPassword).toUtf8(), maxInputBytes});
    StderrProgress stderrProgress;
    NullProgress quiet;
    CancelToken never;
    auto result =
        Workflow::importFiles(*db, requests,
                              parser.isSet(kProgress) ? static_cast<ProgressSink &>(stderrProgress)
                                                      : static_cast<ProgressSink &>(quiet),
                              never);
    if (!result)
        return CommandContext::fail(result.error());

    if (parser.isSet(kJson)) {
        QJsonArray out;
        for (const auto &s : *result)
            out.append(importSummaryJson(s));
        CommandContext::printJson(QJsonDocument(out));
        return ExitOk;
    }
    for (const auto &s : *result) {
        const QStringList warnings = importWarnings(s);
        CommandContext::print(
            QStringLiteral("%1: %2 (%3), %4 submissions, %5 paragraphs, %6 pages, %7 warnings — %8")
                .arg(s.symbol, s.title.isEmpty() ? QStringLiteral("untitled") : s.title, s.encoding)
                .arg(s.submissions)
                .arg(s.paragraphs)
                .arg(s.pages)
                .arg(warnings.size())
                .arg(Workflow::outcomeName(s.outcome)));
        if (s.symbolProvisional)
            CommandContext::print(
                QStringLiteral("  note: no symbol found; stored as %1 (give --symbol to name it)")
                    .arg(s.symbol));
        for (const QString &w : warnings)
            CommandContext::print(QStringLiteral("  warning: ") + w);
    }
    return ExitOk;
}

} // namespace

const CommandSpec &importCommand()
{
    static const CommandSpec command{
        QStringLiteral("import"),
        {Syntax::sequence({Syntax::maybe(kSymbol), Syntax::maybe(kPassword), Syntax::maybe(kJson),
                           Syntax::maybe(kProgress), Syntax::maybe(Options::maxInputSize()),
                           Syntax::argument(QStringLiteral("FILE..."))})},
        QStringLiteral("read documents in: PDFs or text extracted from them"),
        runImport};
    return command;
}

} // namespace Rapporteur::Cli
