#include "profilecommand.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"
#include "jsonformat.h"

#include "analysis/entityprofile.h"
#include "blocs/agreementlong.h"
#include "referencedata/entityregistry.h"
#include "storage/database.h"
#include "storage/rollcallpositions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rapporteur::Cli {

namespace {

const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kWith{
    QStringLiteral("with"),
    QStringLiteral("States to give the agreement with, session by session over the plenary roll "
                   "calls (codes or names, separated by commas)."),
    QStringLiteral("STATE,...")};

// A recorded plenary vote as an entry of the profile's `votes`, with the committee votes' fields.
QJsonObject plenaryVoteJson(const Storage::StatePlenaryVote &v)
{
    return QJsonObject{
        {QStringLiteral("source"), QStringLiteral("plenary")},
        {QStringLiteral("document"), Storage::rollCallDocument(v.resolution, v.rcid, v.undlId)},
        {QStringLiteral("vote"), v.rollCallId},
        {QStringLiteral("label"), QString()},
        {QStringLiteral("subject"), v.title},
        {QStringLiteral("draft"), v.draft},
        {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
        {QStringLiteral("position"), Storage::rollCallPositionName(v.position)},
        {QStringLiteral("session"), v.session},
        {QStringLiteral("rcid"), v.rcid ? QJsonValue(*v.rcid) : QJsonValue()},
        {QStringLiteral("undl_id"), v.undlId.isEmpty() ? QJsonValue() : QJsonValue(v.undlId)},
        {QStringLiteral("on_part"), v.onPart}};
}

QJsonArray seriesJson(const QList<Analysis::ResolutionSeries> &series)
{
    QJsonArray out;
    for (const Analysis::ResolutionSeries &s : series) {
        QJsonArray votes;
        for (const Storage::StatePlenaryVote &v : s.votes)
            votes.append(QJsonObject{
                {QStringLiteral("session"), v.session},
                {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                {QStringLiteral("resolution"),
                 Storage::rollCallDocument(v.resolution, v.rcid, v.undlId)},
                {QStringLiteral("position"), Storage::rollCallPositionName(v.position)}});
        out.append(QJsonObject{{QStringLiteral("title"), s.title},
                               {QStringLiteral("sessions"), s.sessions},
                               {QStringLiteral("votes"), votes}});
    }
    return out;
}

// [{state, sessions: [{session, agreement, compared}]}] for each state of --with.
QJsonArray agreementOverTimeJson(const QList<QList<Blocs::AgreementRow>> &lines,
                                 const QList<Entity> &others)
{
    QJsonArray out;
    for (qsizetype i = 0; i < others.size(); ++i) {
        QJsonArray sessions;
        for (const Blocs::AgreementRow &r : lines[i])
            sessions.append(QJsonObject{{QStringLiteral("session"), r.session},
                                        {QStringLiteral("agreement"), r.agreement},
                                        {QStringLiteral("compared"), r.compared}});
        out.append(QJsonObject{
            {QStringLiteral("state"), QJsonObject{{QStringLiteral("code"), others[i].code},
                                                  {QStringLiteral("name_zh"), others[i].nameZh},
                                                  {QStringLiteral("name_en"), others[i].nameEn}}},
            {QStringLiteral("sessions"), sessions}});
    }
    return out;
}

// [{"session": "74", "yes": 1, "no": 0, "abstain": 0, "non_voting": 0, "total": 1}, ...]
QJsonArray talliesJson(const QList<Storage::PositionTally> &tallies, const char *keyName)
{
    QJsonArray out;
    for (const Storage::PositionTally &t : tallies)
        out.append(QJsonObject{{QLatin1String(keyName), t.key},
                               {QStringLiteral("yes"), t.yes},
                               {QStringLiteral("no"), t.no},
                               {QStringLiteral("abstain"), t.abstain},
                               {QStringLiteral("non_voting"), t.nonVoting},
                               {QStringLiteral("total"), t.total()}});
    return out;
}

int runProfile(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return CommandContext::usage(QStringLiteral("profile takes one ENTITY"));
    const QString name = parser.positionalArguments().constFirst();
    const auto entity = ReferenceData::EntityRegistry::builtIn().resolve(name);
    if (!entity)
        return CommandContext::fail(
            Error{ErrorCode::NotFound,
                  QStringLiteral("no state or organisation is called \"%1\"").arg(name),
                  {}});
    QList<Entity> others;
    for (const QString &other : parser.value(kWith).split(u',', Qt::SkipEmptyParts)) {
        const auto found = ReferenceData::EntityRegistry::builtIn().resolve(other.trimmed());
        if (!found)
            return CommandContext::fail(Error{
                ErrorCode::NotFound,
                QStringLiteral("no state or organisation is called \"%1\"").arg(other.trimmed()),
                {}});
        others.append(*found);
    }
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    // Agreement over time: the whole record read once, each pair's sessions from it.
    QList<QList<Blocs::AgreementRow>> overTime;
    if (!others.isEmpty()) {
        auto table = Storage::readRollCallPositions(*db, {});
        if (!table)
            return CommandContext::fail(table.error());
        for (const Entity &other : std::as_const(others))
            overTime.append(Blocs::pairAgreementBySession(*table, entity->code, other.code));
    }
    auto read = Analysis::readProfile(*db, *entity);
    if (!read)
        return CommandContext::fail(read.error());
    const Analysis::EntityProfile &found = *read;

    QJsonArray subs;
    for (const auto &s : found.submissions)
        subs.append(submissionJson(s));
    QJsonArray positions;
    for (const auto &v : found.votes) {
        QJsonObject o{{QStringLiteral("document"), v.document},
                      {QStringLiteral("vote"), v.voteId},
                      {QStringLiteral("label"), v.label},
                      {QStringLiteral("subject"), v.subject},
                      {QStringLiteral("draft"), v.draft},
                      {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                      {QStringLiteral("position"), votePositionName(v.position)}};
        if (v.intended)
            o.insert(QStringLiteral("intended"), votePositionName(*v.intended));
        o.insert(QStringLiteral("source"), QStringLiteral("committee"));
        positions.append(o);
    }
    // The voting record's history after the corpus's committee votes.
    for (const Storage::StatePlenaryVote &v : found.plenaryVotes)
        positions.append(plenaryVoteJson(v));
    QJsonArray sponsored;
    for (const auto &s : found.sponsorships)
        sponsored.append(QJsonObject{{QStringLiteral("document"), s.document},
                                     {QStringLiteral("draft"), s.draft},
                                     {QStringLiteral("role"), Analysis::sponsorRoleName(s.role)}});
    QJsonObject profile{
        {QStringLiteral("entity"),
         QJsonObject{
             {QStringLiteral("code"), entity->code},
             {QStringLiteral("name_zh"), entity->nameZh},
             {QStringLiteral("name_en"), entity->nameEn},
             {QStringLiteral("kind"), entityKindName(entity->kind)},
             {QStringLiteral("aliases_zh"), QJsonArray::fromStringList(entity->aliasesZh)}}},
        {QStringLiteral("submissions"), subs},
        {QStringLiteral("votes"), positions},
        {QStringLiteral("sponsorships"), sponsored},
        {QStringLiteral("plenary"),
         QJsonObject{{QStringLiteral("sessions"), talliesJson(found.plenary.bySession, "session")},
                     {QStringLiteral("issues"), talliesJson(found.plenary.byIssue, "issue")}}},
        {QStringLiteral("series"), seriesJson(found.series)},
    };
    if (!others.isEmpty())
        profile.insert(QStringLiteral("agreement_over_time"),
                       agreementOverTimeJson(overTime, others));
    if (parser.isSet(kJson)) {
        CommandContext::printJson(QJsonDocument(profile));
        return ExitOk;
    }
    CommandContext::print(
        QStringLiteral("%1 %2 (%3)").arg(entity->code, entity->nameZh, entity->nameEn));
    for (const auto &s : found.submissions)
        CommandContext::print(QStringLiteral("  submission %1 in %2, %3")
                                  .arg(s.id)
                                  .arg(s.document, s.date.toString(Qt::ISODate)));
    if (!found.plenary.bySession.isEmpty()) {
        Storage::PositionTally all;
        for (const Storage::PositionTally &t : found.plenary.bySession) {
            all.yes += t.yes;
            all.no += t.no;
            all.abstain += t.abstain;
            all.nonVoting += t.nonVoting;
        }
        CommandContext::print(QStringLiteral("  plenary: %1 roll calls in %2 sessions (%3 to %4): "
                                             "%5 yes, %6 no, %7 abstain, %8 non-voting")
                                  .arg(all.total())
                                  .arg(found.plenary.bySession.size())
                                  .arg(found.plenary.bySession.constFirst().key,
                                       found.plenary.bySession.constLast().key)
                                  .arg(all.yes)
                                  .arg(all.no)
                                  .arg(all.abstain)
                                  .arg(all.nonVoting));
    }
    for (const Analysis::ResolutionSeries &series : found.series) {
        QString letters;
        for (const Storage::StatePlenaryVote &v : series.votes)
            letters.append(Analysis::seriesLetter(v.position));
        CommandContext::print(
            QStringLiteral("  series %1–%2 (%3 sessions) %4: %5")
                .arg(series.votes.constFirst().session, series.votes.constLast().session)
                .arg(series.sessions)
                .arg(series.title, letters));
    }
    for (qsizetype i = 0; i < others.size(); ++i) {
        QStringList sessions;
        for (const Blocs::AgreementRow &r : overTime[i])
            sessions.append(QStringLiteral("%1 %2").arg(r.session).arg(r.agreement, 0, 'f', 2));
        CommandContext::print(QStringLiteral("  agreement with %1 by session: %2")
                                  .arg(others[i].code, sessions.isEmpty()
                                                           ? QStringLiteral("none")
                                                           : sessions.join(QStringLiteral(", "))));
    }
    for (const auto &v : found.votes)
        CommandContext::print(
            QStringLiteral("  vote %1 %2: %3%4")
                .arg(v.document, v.label, votePositionName(v.position),
                     v.intended ? QStringLiteral(" (meant %1)").arg(votePositionName(*v.intended))
                                : QString()));
    return ExitOk;
}

} // namespace

const CommandSpec &profileCommand()
{
    static const CommandSpec command{
        QStringLiteral("profile"),
        {Syntax::sequence({Syntax::argument(QStringLiteral("ENTITY")), Syntax::maybe(kWith),
                           Syntax::maybe(kJson)})},
        QStringLiteral("what the corpus and the voting record hold about a state"),
        runProfile};
    return command;
}

} // namespace Rapporteur::Cli
