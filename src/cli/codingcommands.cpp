#include "codingcommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

#include "coding/codingservice.h"
#include "coding/codingtable.h"
#include "storage/codebookrepository.h"
#include "storage/codingrepository.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/memorepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rapporteur::Cli {

using namespace Storage;

namespace {

const QCommandLineOption &kJson = Options::json();

// codes
const QCommandLineOption kDescription{QStringLiteral("description"), QStringLiteral("With add."),
                                      QStringLiteral("TEXT")};
const QCommandLineOption kColour{QStringLiteral("colour"), QStringLiteral("With add: #rrggbb."),
                                 QStringLiteral("COLOUR")};
const QCommandLineOption kForce{QStringLiteral("force"),
                                QStringLiteral("With delete: also delete the code's codings.")};
const QCommandLineOption kTop{QStringLiteral("top"),
                              QStringLiteral("With move: to the top level.")};

// coding add
const QCommandLineOption kCode{QStringLiteral("code"), QStringLiteral("Code path (a/b/c)."),
                               QStringLiteral("PATH")};
const QCommandLineOption kParagraph{QStringLiteral("paragraph"), QStringLiteral("Paragraph id."),
                                    QStringLiteral("ID")};
const QCommandLineOption kStart{QStringLiteral("start"), QStringLiteral("First code point."),
                                QStringLiteral("N")};
const QCommandLineOption kEnd{QStringLiteral("end"), QStringLiteral("Code point after the span."),
                              QStringLiteral("N")};
const QCommandLineOption kMemo{QStringLiteral("memo"), QStringLiteral("A memo."),
                               QStringLiteral("TEXT")};
const QCommandLineOption kCoder{
    QStringLiteral("coder"),
    QStringLiteral("Coder (default: $RAPPORTEUR_CODER, the settings' coder, the login name)."),
    QStringLiteral("NAME")};

// codings
const QCommandLineOption kOnlyCode{QStringLiteral("code"), QStringLiteral("Only this code (path)."),
                                   QStringLiteral("PATH")};
const QCommandLineOption kOnlyCoder{QStringLiteral("coder"), QStringLiteral("Only this coder."),
                                    QStringLiteral("NAME")};

// memo
const QCommandLineOption kMemoCode{QStringLiteral("code"), QStringLiteral("A code (path)."),
                                   QStringLiteral("PATH")};
const QCommandLineOption kMemoSubmission{
    QStringLiteral("submission"), QStringLiteral("A submission (id)."), QStringLiteral("ID")};
const QCommandLineOption kMemoDocument{
    QStringLiteral("document"), QStringLiteral("A document (symbol)."), QStringLiteral("SYM")};
const QCommandLineOption kMemoAuthor{QStringLiteral("coder"), QStringLiteral("Author."),
                                     QStringLiteral("NAME")};

QJsonObject codeJson(const CodeRecord &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("path"), c.path);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("parent"), c.parentId ? QJsonValue(*c.parentId) : QJsonValue());
    o.insert(QStringLiteral("description"), c.description);
    o.insert(QStringLiteral("colour"), c.colour.isEmpty() ? QJsonValue() : QJsonValue(c.colour));
    o.insert(QStringLiteral("codings"), c.codingCount);
    return o;
}

// The id of the code at a path; reports it (and returns nothing) when there is none.
std::optional<qint64> codeAt(CodebookRepository &codebook, const QString &path)
{
    auto found = codebook.find(splitCodePath(path));
    if (!found) {
        CommandContext::fail(found.error());
        return std::nullopt;
    }
    if (!found->has_value())
        CommandContext::fail(
            Error{ErrorCode::NotFound, QStringLiteral("there is no code “%1”").arg(path), {}});
    return *found;
}

int done(const Status &status)
{
    return status ? ExitOk : CommandContext::fail(status.error());
}

int editCodebook(CodebookRepository &codebook, const QCommandLineParser &parser,
                 const QStringList &args)
{
    const QString action = args.first();
    const auto need = [&](qsizetype n) { return args.size() == n; };
    if (action == QLatin1String("add") && need(2)) {
        auto path = splitCodePath(args[1]);
        auto parent = path.size() > 1
                          ? codeAt(codebook, path.mid(0, path.size() - 1).join(QLatin1Char('/')))
                          : std::optional<qint64>();
        if (path.size() > 1 && !parent)
            return ExitBadInput;
        if (path.isEmpty())
            return CommandContext::usage(QStringLiteral("codes add needs a PATH"));
        auto made =
            codebook.create(parent, path.last(), parser.value(kDescription), parser.value(kColour));
        return made ? ExitOk : CommandContext::fail(made.error());
    }
    if (action == QLatin1String("delete") && need(2)) {
        const auto id = codeAt(codebook, args[1]);
        return id ? done(codebook.remove(*id, parser.isSet(kForce))) : ExitBadInput;
    }
    if (action == QLatin1String("rename") && need(3)) {
        const auto id = codeAt(codebook, args[1]);
        return id ? done(codebook.rename(*id, args[2])) : ExitBadInput;
    }
    if (action == QLatin1String("merge") && need(3)) {
        const auto from = codeAt(codebook, args[1]);
        const auto into = from ? codeAt(codebook, args[2]) : std::nullopt;
        return into ? done(codebook.merge(*from, *into)) : ExitBadInput;
    }
    if (action == QLatin1String("move") && (need(3) || (need(2) && parser.isSet(kTop)))) {
        const auto id = codeAt(codebook, args[1]);
        if (!id)
            return ExitBadInput;
        if (need(2))
            return done(codebook.move(*id, std::nullopt));
        const auto parent = codeAt(codebook, args[2]);
        return parent ? done(codebook.move(*id, *parent)) : ExitBadInput;
    }
    return CommandContext::usage(QStringLiteral("codes: unknown action or wrong arguments: %1")
                                     .arg(args.join(QLatin1Char(' '))));
}

int runCodes(CommandContext &context, const QCommandLineParser &parser)
{
    Database *db = context.database();
    if (!db)
        return ExitBadInput;
    CodebookRepository codebook(*db);
    if (!parser.positionalArguments().isEmpty())
        return editCodebook(codebook, parser, parser.positionalArguments());
    auto codes = codebook.codes();
    if (!codes)
        return CommandContext::fail(codes.error());
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(*codes, codeJson);
    if (codes->isEmpty())
        CommandContext::print(QStringLiteral("The codebook is empty."));
    for (const CodeRecord &c : std::as_const(*codes))
        CommandContext::print(QStringLiteral("%1  (%2 codings)").arg(c.path).arg(c.codingCount));
    return ExitOk;
}

int runCoding(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    Database *db = context.database();
    if (!db)
        return ExitBadInput;

    bool ok = false;
    if (positional.size() == 2 && positional[0] == QLatin1String("remove")) {
        const qint64 id = positional[1].toLongLong(&ok);
        return ok ? done(CodingRepository(*db).remove(id))
                  : CommandContext::usage(QStringLiteral("coding remove needs an ID"));
    }
    if (positional.size() == 3 && positional[0] == QLatin1String("memo")) {
        const qint64 id = positional[1].toLongLong(&ok);
        return ok ? done(CodingRepository(*db).setMemo(id, positional[2]))
                  : CommandContext::usage(QStringLiteral("coding memo needs an ID"));
    }
    if (positional != QStringList{QStringLiteral("add")})
        return CommandContext::usage(QStringLiteral("coding add|remove ID|memo ID TEXT"));
    for (const auto &required : {kCode, kParagraph, kStart, kEnd}) {
        if (!parser.isSet(required))
            return CommandContext::usage(
                QStringLiteral("coding add needs --%1").arg(required.names().first()));
    }
    Coding::CodingRequest request;
    bool okParagraph = false, okStart = false, okEnd = false;
    request.codePath = parser.value(kCode);
    request.paragraphId = parser.value(kParagraph).toLongLong(&okParagraph);
    request.start = parser.value(kStart).toInt(&okStart);
    request.end = parser.value(kEnd).toInt(&okEnd);
    if (!okParagraph || !okStart || !okEnd)
        return CommandContext::usage(QStringLiteral("--paragraph, --start and --end take numbers"));
    request.memo = parser.value(kMemo);
    request.coder = parser.isSet(kCoder) ? parser.value(kCoder) : Coding::defaultCoder();
    if (request.coder.trimmed().isEmpty())
        return CommandContext::usage(QStringLiteral("no coder: give --coder NAME or set "
                                                    "RAPPORTEUR_CODER"));
    auto id = Coding::addCoding(*db, request);
    if (!id)
        return CommandContext::fail(id.error());
    if (!parser.isSet(kJson)) {
        CommandContext::print(QString::number(*id));
        return ExitOk;
    }
    auto all = Coding::readCodings(*db);
    if (!all)
        return CommandContext::fail(all.error());
    for (const CodingRecord &c : std::as_const(*all)) {
        if (c.id == *id)
            CommandContext::printJson(QJsonDocument(Coding::codingToJson(c)));
    }
    return ExitOk;
}

int runCodings(CommandContext &context, const QCommandLineParser &parser)
{
    Database *db = context.database();
    if (!db)
        return ExitBadInput;
    auto codings = Coding::readCodings(*db, {parser.value(kOnlyCode), parser.value(kOnlyCoder)});
    if (!codings)
        return CommandContext::fail(codings.error());
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(*codings, Coding::codingToJson);
    for (const CodingRecord &c : std::as_const(*codings)) {
        CommandContext::print(
            QStringLiteral("%1  %2  %3 ¶%4 [%5,%6) %7  «%8»%9")
                .arg(c.id)
                .arg(c.codePath, c.anchor.documentSymbol)
                .arg(c.anchor.paragraphId)
                .arg(c.anchor.start)
                .arg(c.anchor.end)
                .arg(c.coder, c.anchor.quote,
                     c.anchor.orphaned ? QStringLiteral("  ORPHANED") : QString()));
    }
    return ExitOk;
}

int runMemo(CommandContext &context, const QCommandLineParser &parser)
{
    if (int(parser.isSet(kMemoCode)) + int(parser.isSet(kMemoSubmission)) +
            int(parser.isSet(kMemoDocument)) !=
        1)
        return CommandContext::usage(QStringLiteral("memo needs one of --code, --submission, "
                                                    "--document"));
    Database *db = context.database();
    if (!db)
        return ExitBadInput;
    MemoTarget target = MemoTarget::Submission;
    qint64 id = parser.value(kMemoSubmission).toLongLong();
    if (parser.isSet(kMemoCode)) {
        CodebookRepository codebook(*db);
        const auto found = codeAt(codebook, parser.value(kMemoCode));
        if (!found)
            return ExitBadInput;
        target = MemoTarget::Code;
        id = *found;
    } else if (parser.isSet(kMemoDocument)) {
        auto doc = CorpusRepository(*db).document(parser.value(kMemoDocument));
        if (!doc || !doc->has_value())
            return context.requireDocument(parser.value(kMemoDocument));
        target = MemoTarget::Document;
        id = (*doc)->id;
    }
    MemoRepository memos(*db);
    if (parser.positionalArguments().size() == 1) {
        const QString who =
            parser.isSet(kMemoAuthor) ? parser.value(kMemoAuthor) : Coding::defaultCoder();
        return done(memos.set(target, id, parser.positionalArguments().first(), who));
    }
    auto memo = memos.memo(target, id);
    if (!memo)
        return CommandContext::fail(memo.error());
    if (memo->has_value())
        CommandContext::print((*memo)->text);
    return ExitOk;
}

} // namespace

const CommandSpec &codesCommand()
{
    const auto path = Syntax::argument(QStringLiteral("PATH"));
    static const CommandSpec command{
        QStringLiteral("codes"),
        {Syntax::maybe(kJson),
         Syntax::sequence({Syntax::word(QStringLiteral("add")), path, Syntax::maybe(kDescription),
                           Syntax::maybe(kColour)}),
         Syntax::sequence({Syntax::word(QStringLiteral("rename")), path,
                           Syntax::argument(QStringLiteral("NAME"))}),
         Syntax::sequence({Syntax::word(QStringLiteral("move")), path,
                           Syntax::either({Syntax::argument(QStringLiteral("PARENT_PATH")),
                                           Syntax::option(kTop)})}),
         Syntax::sequence({Syntax::word(QStringLiteral("merge")), path,
                           Syntax::argument(QStringLiteral("INTO_PATH"))}),
         Syntax::sequence({Syntax::word(QStringLiteral("delete")), path, Syntax::maybe(kForce)})},
        QStringLiteral("the codebook"),
        runCodes};
    return command;
}

const CommandSpec &codingCommand()
{
    const auto id = Syntax::argument(QStringLiteral("ID"));
    static const CommandSpec command{
        QStringLiteral("coding"),
        {Syntax::sequence({Syntax::word(QStringLiteral("add")), Syntax::option(kCode),
                           Syntax::option(kParagraph), Syntax::option(kStart), Syntax::option(kEnd),
                           Syntax::maybe(kMemo), Syntax::maybe(kCoder), Syntax::maybe(kJson)}),
         Syntax::sequence({Syntax::word(QStringLiteral("remove")), id}),
         Syntax::sequence(
             {Syntax::word(QStringLiteral("memo")), id, Syntax::argument(QStringLiteral("TEXT"))})},
        QStringLiteral("code a span of a paragraph (offsets in code points)"),
        runCoding};
    return command;
}

const CommandSpec &codingsCommand()
{
    static const CommandSpec command{
        QStringLiteral("codings"),
        {Syntax::sequence(
            {Syntax::maybe(kOnlyCode), Syntax::maybe(kOnlyCoder), Syntax::maybe(kJson)})},
        {},
        runCodings};
    return command;
}

const CommandSpec &memoCommand()
{
    static const CommandSpec command{
        QStringLiteral("memo"),
        {Syntax::sequence(
            {Syntax::either({Syntax::option(kMemoCode), Syntax::option(kMemoSubmission),
                             Syntax::option(kMemoDocument)}),
             Syntax::maybe(kMemoAuthor),
             Syntax::optional({Syntax::argument(QStringLiteral("TEXT"))})})},
        QStringLiteral("prints a memo, or sets it ('' deletes it)"),
        runMemo};
    return command;
}

} // namespace Rapporteur::Cli
