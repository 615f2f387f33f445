#include "rollcallcommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"
#include "votejson.h"

#include "analysis/votechain.h"
#include "common/csv.h"
#include "referencedata/entityregistry.h"
#include "rollcalls/voteimport.h"
#include "storage/database.h"
#include "storage/rollcallrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace Rapporteur::Cli {

namespace {

using Storage::RollCall;
using Storage::RollCallPosition;

const QCommandLineOption kSession{QStringLiteral("session"),
                                  QStringLiteral("Plenary roll calls of this session (74, ES-10)."),
                                  QStringLiteral("N")};
const QCommandLineOption kSessions{
    QStringLiteral("sessions"),
    QStringLiteral("Plenary roll calls of the regular sessions A to B (import-votes): 70-74."),
    QStringLiteral("A-B")};
const QCommandLineOption kIssue{
    QStringLiteral("issue"),
    QStringLiteral(
        "Only roll calls coded with this issue (Voeten's codes: me, nu, di, hr, co, ec)."),
    QStringLiteral("CODE")};
const QCommandLineOption kTitle{
    QStringLiteral("title"),
    QStringLiteral("Only roll calls whose title or description holds these words (any case)."),
    QStringLiteral("WORDS")};
const QCommandLineOption kImportant{QStringLiteral("important"),
                                    QStringLiteral("Only roll calls coded important.")};
const QCommandLineOption kResolution{
    QStringLiteral("resolution"),
    QStringLiteral("Plenary roll calls on this resolution (A/RES/74/19)."), QStringLiteral("SYM")};
const QCommandLineOption kCsv{QStringLiteral("csv"),
                              QStringLiteral("One CSV row per state and roll call.")};

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue orNull(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QStringList codesWith(const RollCall &rc, RollCallPosition position)
{
    QStringList codes;
    for (const auto &v : rc.votes) {
        if (v.position == position)
            codes.append(v.code);
    }
    return codes;
}

QJsonArray codeObjects(const QStringList &codes)
{
    QJsonArray list;
    for (const QString &code : codes)
        list.append(QJsonObject{{QStringLiteral("code"), code}});
    return list;
}

} // namespace

QJsonObject rollCallJson(const RollCall &rc)
{
    const QStringList yes = codesWith(rc, RollCallPosition::Yes);
    const QStringList no = codesWith(rc, RollCallPosition::No);
    const QStringList abstain = codesWith(rc, RollCallPosition::Abstain);
    const QStringList nonVoting = codesWith(rc, RollCallPosition::NonVoting);
    QJsonArray notes;
    for (const auto &v : rc.votes) {
        if (!v.note.isEmpty())
            notes.append(
                QJsonObject{{QStringLiteral("code"), v.code}, {QStringLiteral("text"), v.note}});
    }
    return QJsonObject{
        {QStringLiteral("id"), rc.id},
        {QStringLiteral("source"), Storage::rollCallSourceName(rc.source)},
        {QStringLiteral("rcid"), rc.rcid ? QJsonValue(*rc.rcid) : QJsonValue()},
        {QStringLiteral("undl_id"), orNull(rc.undlId)},
        {QStringLiteral("session"), rc.session},
        {QStringLiteral("date"), rc.date.toString(Qt::ISODate)},
        {QStringLiteral("resolution"), orNull(rc.resolution)},
        {QStringLiteral("draft"), orNull(rc.draft)},
        {QStringLiteral("committee_report"), orNull(rc.committeeReport)},
        {QStringLiteral("meeting"), orNull(rc.meeting)},
        {QStringLiteral("title"), rc.title},
        {QStringLiteral("short"), rc.shortTitle},
        {QStringLiteral("descr"), rc.description},
        {QStringLiteral("important"), orNull(rc.important)},
        {QStringLiteral("amend"), orNull(rc.amend)},
        {QStringLiteral("para"), orNull(rc.para)},
        {QStringLiteral("issues"), QJsonArray::fromStringList(rc.issues)},
        {QStringLiteral("stated"),
         QJsonObject{{QStringLiteral("yes"), orNull(rc.totalYes)},
                     {QStringLiteral("no"), orNull(rc.totalNo)},
                     {QStringLiteral("abstain"), orNull(rc.totalAbstain)},
                     {QStringLiteral("non_voting"), orNull(rc.totalNonVoting)},
                     {QStringLiteral("members"), orNull(rc.totalMembers)}}},
        {QStringLiteral("yes"), codeObjects(yes)},
        {QStringLiteral("no"), codeObjects(no)},
        {QStringLiteral("abstain"), codeObjects(abstain)},
        {QStringLiteral("non_voting"), codeObjects(nonVoting)},
        {QStringLiteral("notes"), notes},
    };
}

namespace {

// Tidy form, one row per state and roll call; joins with Voeten's tables on rcid.
void printCsv(const QList<RollCall> &rollCalls)
{
    const auto &registry = ReferenceData::EntityRegistry::builtIn();
    QHash<QString, QString> iso2;
    for (const Entity &e : registry.entities())
        iso2.insert(e.code, e.iso2);
    QString text =
        csvRow({QStringLiteral("rcid"), QStringLiteral("undl_id"), QStringLiteral("session"),
                QStringLiteral("date"), QStringLiteral("resolution"), QStringLiteral("iso3"),
                QStringLiteral("iso2"), QStringLiteral("position"), QStringLiteral("vote_code")});
    for (const RollCall &rc : rollCalls) {
        const QString rcid = rc.rcid ? QString::number(*rc.rcid) : QString();
        const QString date = rc.date.toString(Qt::ISODate);
        for (const auto &v : rc.votes) {
            text += csvRow({rcid, rc.undlId, rc.session, date, rc.resolution, v.code,
                            iso2.value(v.code), Storage::rollCallPositionName(v.position),
                            QString::number(Storage::voetenVoteCode(v.position))});
        }
    }
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void printText(const QList<RollCall> &rollCalls)
{
    for (const RollCall &rc : rollCalls) {
        const QString key = rc.rcid ? QStringLiteral("rcid %1").arg(*rc.rcid)
                                    : QStringLiteral("undl %1").arg(rc.undlId);
        const QStringList yes = codesWith(rc, RollCallPosition::Yes);
        const QStringList no = codesWith(rc, RollCallPosition::No);
        const QStringList abstain = codesWith(rc, RollCallPosition::Abstain);
        const QStringList nonVoting = codesWith(rc, RollCallPosition::NonVoting);
        CommandContext::print(
            QStringLiteral("%1 session %2 %3 %4 [%5]: %6 yes, %7 no, %8 abstain, %9 not voting")
                .arg(key, rc.session, rc.date.toString(Qt::ISODate),
                     rc.resolution.isEmpty() ? QStringLiteral("-") : rc.resolution,
                     rc.issues.join(u','))
                .arg(yes.size())
                .arg(no.size())
                .arg(abstain.size())
                .arg(nonVoting.size()));
        if (!rc.title.isEmpty() || !rc.shortTitle.isEmpty())
            CommandContext::print(QStringLiteral("  ") +
                                  (rc.title.isEmpty() ? rc.shortTitle : rc.title));
        CommandContext::print(QStringLiteral("  yes: ") + yes.join(u' '));
        CommandContext::print(QStringLiteral("  no: ") + no.join(u' '));
        CommandContext::print(QStringLiteral("  abstain: ") + abstain.join(u' '));
        CommandContext::print(QStringLiteral("  not voting: ") + nonVoting.join(u' '));
    }
}

} // namespace

Syntax rollCallSelectionSyntax()
{
    return Syntax::sequence(
        {Syntax::optional({Syntax::either({Syntax::option(kSession), Syntax::option(kSessions)})}),
         Syntax::maybe(kIssue), Syntax::maybe(kImportant), Syntax::maybe(kTitle)});
}

std::optional<int> rollCallSelection(const QCommandLineParser &parser,
                                     std::optional<Storage::RollCallQuery> &query)
{
    query.reset();
    if (!parser.isSet(kSession) && !parser.isSet(kSessions) && !parser.isSet(kIssue) &&
        !parser.isSet(kImportant) && !parser.isSet(kTitle))
        return std::nullopt;
    Storage::RollCallQuery q;
    q.session = parser.value(kSession).trimmed();
    if (parser.isSet(kSessions)) {
        static const QRegularExpression range(QStringLiteral("^(\\d{1,3})-(\\d{1,3})$"));
        const auto match = range.match(parser.value(kSessions).trimmed());
        q.firstSession = match.hasMatch() ? match.captured(1).toInt() : 0;
        q.lastSession = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (q.firstSession < 1 || q.lastSession < q.firstSession)
            return CommandContext::usage(
                QStringLiteral("--sessions takes a range of regular sessions: 70-74"));
    }
    q.issue = parser.value(kIssue).trimmed().toLower();
    q.importantOnly = parser.isSet(kImportant);
    q.titleContains = parser.value(kTitle).trimmed();
    if (parser.isSet(kTitle) && q.titleContains.isEmpty())
        return CommandContext::usage(QStringLiteral("--title takes the words to look for"));
    query = q;
    return std::nullopt;
}

Syntax rollCallForm()
{
    return Syntax::sequence(
        {Syntax::either({Syntax::option(kSession), Syntax::option(kResolution)}),
         Syntax::optional(
             {Syntax::either({Syntax::option(Options::json()), Syntax::option(kCsv)})})});
}

bool wantsRollCalls(const QCommandLineParser &parser)
{
    return parser.isSet(kSession) || parser.isSet(kResolution);
}

int printRollCalls(CommandContext &context, const QCommandLineParser &parser)
{
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    Storage::RollCallQuery query;
    query.session = parser.value(kSession).trimmed();
    query.resolution = parser.value(kResolution).trimmed();
    auto rollCalls = Storage::RollCallRepository(*db).find(query);
    if (!rollCalls)
        return CommandContext::fail(rollCalls.error());
    // A mistyped symbol is an error, as for documents; a session may simply have no roll calls.
    if (!query.resolution.isEmpty() && rollCalls->isEmpty())
        return CommandContext::fail(Error{
            ErrorCode::NotFound,
            QStringLiteral("no recorded plenary vote on %1 in the database").arg(query.resolution),
            {}});
    if (parser.isSet(kCsv)) {
        printCsv(*rollCalls);
        return ExitOk;
    }
    // The committee votes of the corpus on each roll call's draft: the chain of analysis/votechain.
    QStringList drafts;
    for (const RollCall &rc : std::as_const(*rollCalls))
        drafts.append(rc.draft);
    auto committee = Analysis::committeeVotesOn(*db, drafts);
    if (!committee)
        return CommandContext::fail(committee.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const RollCall &rc : std::as_const(*rollCalls)) {
            QJsonObject o = rollCallJson(rc);
            QJsonArray votes;
            for (const Storage::VoteRecord &v : committee->value(rc.draft))
                votes.append(voteJson(v));
            o.insert(QStringLiteral("committee_votes"), votes);
            out.append(o);
        }
        CommandContext::printJson(QJsonDocument(out));
        return ExitOk;
    }
    printText(*rollCalls);
    for (const RollCall &rc : std::as_const(*rollCalls)) {
        for (const Storage::VoteRecord &v : committee->value(rc.draft))
            CommandContext::print(
                QStringLiteral("%1: in committee, %2 %3 of %4: %5 yes, %6 no, "
                               "%7 abstain")
                    .arg(rc.draft, v.document, v.label, v.date.toString(Qt::ISODate))
                    .arg(v.yes.size())
                    .arg(v.no.size())
                    .arg(v.abstain.size()));
    }
    return ExitOk;
}

namespace {
const QCommandLineOption kSummaryJson{QStringLiteral("json"),
                                      QStringLiteral("Print the summary as JSON.")};

int runImportVotes(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CommandContext::usage(QStringLiteral("import-votes needs at least one FILE"));
    qint64 maxInputBytes = 0;
    if (const auto done = Options::readMaxInputSize(parser, maxInputBytes))
        return *done;
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    auto result = RollCalls::importVoteFiles(*db, files, maxInputBytes);
    if (!result)
        return CommandContext::fail(result.error());
    const auto &s = result->stored;
    if (parser.isSet(kSummaryJson)) {
        CommandContext::printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("files"), QJsonArray::fromStringList(result->files)},
            {QStringLiteral("roll_calls"),
             QJsonObject{{QStringLiteral("read"), result->rollCalls},
                         {QStringLiteral("added"), s.rollCallsAdded},
                         {QStringLiteral("updated"), s.rollCallsUpdated},
                         {QStringLiteral("unchanged"), s.rollCallsUnchanged}}},
            {QStringLiteral("votes"), QJsonObject{{QStringLiteral("read"), result->votes},
                                                  {QStringLiteral("added"), s.votesAdded},
                                                  {QStringLiteral("updated"), s.votesUpdated},
                                                  {QStringLiteral("unchanged"), s.votesUnchanged},
                                                  {QStringLiteral("removed"), s.votesRemoved}}},
        }));
        return ExitOk;
    }
    CommandContext::print(QStringLiteral("%1 roll calls: %2 added, %3 updated, %4 unchanged")
                              .arg(result->rollCalls)
                              .arg(s.rollCallsAdded)
                              .arg(s.rollCallsUpdated)
                              .arg(s.rollCallsUnchanged));
    CommandContext::print(
        QStringLiteral("%1 votes (one per state and roll call, non-voting included): %2 added, "
                       "%3 updated, %4 unchanged, %5 removed")
            .arg(result->votes)
            .arg(s.votesAdded)
            .arg(s.votesUpdated)
            .arg(s.votesUnchanged)
            .arg(s.votesRemoved));
    return ExitOk;
}

} // namespace

const CommandSpec &importVotesCommand()
{
    static const CommandSpec command{
        QStringLiteral("import-votes"),
        {Syntax::sequence({Syntax::maybe(kSummaryJson), Syntax::maybe(Options::maxInputSize()),
                           Syntax::argument(QStringLiteral("FILE..."))})},
        QStringLiteral("the General Assembly's recorded votes (UN Digital Library, Voeten's "
                       "tables), in one transaction"),
        runImportVotes};
    return command;
}

} // namespace Rapporteur::Cli
