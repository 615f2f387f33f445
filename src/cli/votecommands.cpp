#include "votecommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"
#include "jsonformat.h"
#include "rollcallcommands.h"
#include "votejson.h"

#include "analysis/votechain.h"
#include "referencedata/entityregistry.h"
#include "storage/database.h"
#include "storage/voterepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Rapporteur::Cli {

namespace {
const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kDocument = Options::document(QStringLiteral("Only this document."));
const QCommandLineOption kVersion = Options::language(
    QStringLiteral("The document's version in this language (ISO 639-1); without it, the "
                   "version imported first, the one whose decisions count."));

// [--document SYM [--lang CODE]] [--json], the committee votes' form.
Syntax documentForm()
{
    return Syntax::sequence({Syntax::optional({Syntax::option(kDocument), Syntax::maybe(kVersion)}),
                             Syntax::maybe(kJson)});
}

// Reads [--document SYM [--lang CODE]] and opens the database. Empty: go on; otherwise the exit
// status the command ends with.
std::optional<int> prepare(CommandContext &context, const QCommandLineParser &parser,
                           QString &language)
{
    if (const auto done = Options::readLanguage(parser, language))
        return done;
    const QString symbol = parser.value(kDocument);
    if (!language.isEmpty() && symbol.isEmpty())
        return CommandContext::usage(QStringLiteral("--lang needs --document SYM"));
    if (!context.database())
        return ExitBadInput;
    if (const int status = symbol.isEmpty() ? ExitOk : context.requireDocument(symbol, language);
        status != ExitOk)
        return status;
    return std::nullopt;
}

QString namesLine(const QList<Storage::ListedEntity> &list)
{
    QStringList names;
    for (const auto &e : list)
        names.append(e.code.isEmpty() ? e.written + QStringLiteral("(?)") : e.code);
    return names.join(QStringLiteral(" "));
}

int runVotes(CommandContext &context, const QCommandLineParser &parser)
{
    QString language;
    if (const auto done = prepare(context, parser, language))
        return *done;
    if (wantsRollCalls(parser))
        return printRollCalls(context, parser);
    if (parser.isSet(QStringLiteral("csv")))
        return CommandContext::usage(QStringLiteral("--csv needs --session or --resolution"));
    auto votes =
        Storage::VoteRepository(*context.database()).votes(parser.value(kDocument), language);
    if (!votes)
        return CommandContext::fail(votes.error());
    // The plenary roll calls on each vote's draft: the chain of analysis/votechain.
    QStringList drafts;
    for (const auto &v : std::as_const(*votes))
        drafts.append(v.draftSymbol);
    auto plenary = Analysis::plenaryVotesOn(*context.database(), drafts);
    if (!plenary)
        return CommandContext::fail(plenary.error());
    if (parser.isSet(kJson)) {
        QJsonArray out;
        for (const auto &v : std::as_const(*votes)) {
            QJsonObject o = voteJson(v);
            QJsonArray rollCalls;
            for (const Storage::RollCall &rc : plenary->value(v.draftSymbol))
                rollCalls.append(rollCallJson(rc));
            o.insert(QStringLiteral("plenary"), rollCalls);
            out.append(o);
        }
        CommandContext::printJson(QJsonDocument(out));
        return ExitOk;
    }
    for (const auto &v : *votes) {
        CommandContext::print(QStringLiteral("%1 %2 %3: %4 — %5/%6/%7 stated, %8/%9/%10 counted, "
                                             "%11 not voting")
                                  .arg(v.document, v.label, v.date.toString(Qt::ISODate), v.subject)
                                  .arg(v.statedYes)
                                  .arg(v.statedNo)
                                  .arg(v.statedAbstain)
                                  .arg(v.yes.size())
                                  .arg(v.no.size())
                                  .arg(v.abstain.size())
                                  .arg(v.nonVoting.size()));
        CommandContext::print(QStringLiteral("  yes: ") + namesLine(v.yes));
        CommandContext::print(QStringLiteral("  no: ") + namesLine(v.no));
        CommandContext::print(QStringLiteral("  abstain: ") + namesLine(v.abstain));
        CommandContext::print(QStringLiteral("  not voting: ") + v.nonVoting.join(u' '));
        for (const auto &n : v.notes)
            CommandContext::print(
                QStringLiteral("  note: %1 meant %2").arg(n.code, votePositionName(n.intended)));
        for (const Storage::RollCall &rc : plenary->value(v.draftSymbol))
            CommandContext::print(QStringLiteral("  plenary: %1 of %2, %3 yes, %4 no, %5 abstain")
                                      .arg(rc.resolution.isEmpty() ? rc.draft : rc.resolution,
                                           rc.date.toString(Qt::ISODate))
                                      .arg(rc.totalYes.value_or(-1))
                                      .arg(rc.totalNo.value_or(-1))
                                      .arg(rc.totalAbstain.value_or(-1)));
    }
    return ExitOk;
}

int runSponsors(CommandContext &context, const QCommandLineParser &parser)
{
    QString language;
    if (const auto done = prepare(context, parser, language))
        return *done;
    auto sponsorships = Storage::VoteRepository(*context.database())
                            .sponsorships(parser.value(kDocument), language);
    if (!sponsorships)
        return CommandContext::fail(sponsorships.error());
    // One object: every main and later sponsor of the drafts read, with each draft listed too.
    QList<Storage::ListedEntity> main;
    QList<Storage::ListedEntity> joined;
    QJsonArray drafts;
    for (const auto &s : *sponsorships) {
        main += s.main;
        joined += s.joined;
        drafts.append(sponsorshipJson(s));
    }
    if (parser.isSet(kJson)) {
        CommandContext::printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("main"), listedJson(main)},
                                      {QStringLiteral("joined"), listedJson(joined)},
                                      {QStringLiteral("drafts"), drafts}}));
        return ExitOk;
    }
    for (const auto &s : *sponsorships) {
        CommandContext::print(QStringLiteral("%1 (%2): %3 main sponsors, %4 joined later")
                                  .arg(s.draftSymbol, s.document)
                                  .arg(s.main.size())
                                  .arg(s.joined.size()));
        CommandContext::print(QStringLiteral("  main: ") + namesLine(s.main));
        CommandContext::print(QStringLiteral("  joined: ") + namesLine(s.joined));
    }
    return ExitOk;
}

int runResolution(CommandContext &context, const QCommandLineParser &parser)
{
    QString language;
    if (const auto done = prepare(context, parser, language))
        return *done;
    auto paragraphs =
        Storage::VoteRepository(*context.database()).resolution(parser.value(kDocument), language);
    if (!paragraphs)
        return CommandContext::fail(paragraphs.error());
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(*paragraphs, resolutionParagraphJson);
    for (const auto &r : *paragraphs)
        CommandContext::print(QStringLiteral("[%1 %2] %3")
                                  .arg(r.operative ? QStringLiteral("op") : QStringLiteral("pp"))
                                  .arg(r.number)
                                  .arg(r.text));
    return ExitOk;
}

} // namespace

const CommandSpec &votesCommand()
{
    // Plenary roll calls (import-votes) are asked for with their own options; without them the
    // command prints the committee votes as it always has.
    static const CommandSpec command{QStringLiteral("votes"),
                                     {documentForm(), rollCallForm()},
                                     QStringLiteral("recorded votes, in committee or in plenary"),
                                     runVotes};
    return command;
}

const CommandSpec &sponsorsCommand()
{
    static const CommandSpec command{QStringLiteral("sponsors"), {documentForm()}, {}, runSponsors};
    return command;
}

const CommandSpec &resolutionCommand()
{
    static const CommandSpec command{
        QStringLiteral("resolution"), {documentForm()}, {}, runResolution};
    return command;
}

} // namespace Rapporteur::Cli
