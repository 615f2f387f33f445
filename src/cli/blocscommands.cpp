#include "blocscommands.h"

#include "blocsjson.h"
#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"
#include "rollcallcommands.h"

#include "blocs/agreementlong.h"
#include "blocs/agreementmap.h"
#include "blocs/blocanalysis.h"
#include "blocs/cohesion.h"
#include "blocs/groupcatalog.h"
#include "blocs/rollcallvotes.h"
#include "common/csv.h"
#include "storage/database.h"
#include "storage/rollcallrepository.h"
#include "storage/voterepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Rapporteur::Cli {

namespace {

const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kCsv{QStringLiteral("csv"), QStringLiteral("Print the matrix as CSV.")};
const QCommandLineOption kVotes{
    QStringLiteral("votes"),
    QStringLiteral("The votes to compare, by label, separated by commas; a label may be "
                   "qualified by its document (A/79/416:(a)). Default: every vote."),
    QStringLiteral("LABEL,...")};
const QCommandLineOption kAbstain{
    QStringLiteral("abstain"),
    QStringLiteral("Yes or no against an abstention: half (0.5, the default) or disagree (0)."),
    QStringLiteral("half|disagree"), QStringLiteral("half")};
const QCommandLineOption kNonVoting{
    QStringLiteral("non-voting"),
    QStringLiteral("A state in no list of a vote: exclude (the default: the vote is left out for "
                   "its pairs) or count (a position of its own)."),
    QStringLiteral("exclude|count"), QStringLiteral("exclude")};
const QCommandLineOption kOrder{
    QStringLiteral("order"),
    QStringLiteral("Rows and columns: name (the UN's English order, the default) or cluster (the "
                   "dendrogram's order)."),
    QStringLiteral("name|cluster"), QStringLiteral("name")};
const QCommandLineOption kKappa{QStringLiteral("kappa"),
                                QStringLiteral("With --json: Cohen's kappa of every pair too.")};
const QCommandLineOption kLong{
    QStringLiteral("long"),
    QStringLiteral("One row per pair of states (state_a, state_b, session, agreement, compared), "
                   "per session over plenary roll calls; CSV, or JSON with --json.")};
const QCommandLineOption kBySession{
    QStringLiteral("by-session"),
    QStringLiteral("A map per session of the chosen plenary roll calls, instead of one.")};
const QCommandLineOption kK{QStringLiteral("k"), QStringLiteral("The number of blocs."),
                            QStringLiteral("N")};
const QCommandLineOption kGroup{
    QStringLiteral("group"),
    QStringLiteral("A group by short name, English or Chinese name (WEOG, 西欧和其他国家组)."),
    QStringLiteral("NAME")};

// What the bloc commands share: the votes (all of the corpus, and those chosen) and the options.
struct Selection
{
    QList<Storage::VoteRecord> allVotes;
    QList<Storage::VoteRecord> chosen;
    Blocs::AgreementOptions options;
    // Plenary roll calls: every state's position on each chosen vote (chosen holds their
    // headings, without lists, unless the command asked for lists).
    std::optional<Storage::RollCallPositionTable> rollCalls;

    Blocs::BlocAnalysis analysis() const
    {
        return rollCalls ? Blocs::analyseBlocs(Blocs::rollCallMatrix(*rollCalls), options)
                         : Blocs::analyseBlocs(chosen, options);
    }
};

// Whether a command reads each vote's lists of names (cohesion) or only the positions.
enum class VoteLists
{
    Needed,
    NotNeeded,
};

QStringList voteSelectors(const QCommandLineParser &parser)
{
    QStringList selectors;
    for (const QString &value : parser.values(kVotes)) {
        for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!s.trimmed().isEmpty())
                selectors.append(s.trimmed());
        }
    }
    return selectors;
}

// Reads the agreement options (when the command has them) and the votes. Empty: go on;
// otherwise the exit status to end with.
std::optional<int> select(CommandContext &context, const QCommandLineParser &parser,
                          bool withAgreementOptions, Selection &out,
                          VoteLists lists = VoteLists::NotNeeded)
{
    if (withAgreementOptions) {
        const auto abstention = Blocs::abstentionRuleFromName(parser.value(kAbstain));
        if (!abstention)
            return CommandContext::usage(QStringLiteral("--abstain takes half or disagree"));
        const auto nonVoting = Blocs::nonVotingRuleFromName(parser.value(kNonVoting));
        if (!nonVoting)
            return CommandContext::usage(QStringLiteral("--non-voting takes exclude or count"));
        out.options = {*abstention, *nonVoting};
    }
    std::optional<Storage::RollCallQuery> rollCalls;
    if (const auto done = rollCallSelection(parser, rollCalls))
        return done;
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    if (rollCalls) {
        // The General Assembly's record: every roll call asked for is a vote. A state that was
        // not yet (or no longer) a member is compared on none (VoteMatrix::notMember), so
        // --non-voting count counts only members that did not vote.
        if (!voteSelectors(parser).isEmpty())
            return CommandContext::usage(
                QStringLiteral("--votes chooses committee votes; --session, --sessions, --issue, "
                               "--important and --title choose plenary roll calls: give one or "
                               "the other"));
        if (lists == VoteLists::Needed) {
            auto found = Storage::RollCallRepository(*db).find(*rollCalls);
            if (!found)
                return CommandContext::fail(found.error());
            out.allVotes = Blocs::rollCallVotes(*found);
        } else {
            auto table = Storage::readRollCallPositions(*db, *rollCalls);
            if (!table)
                return CommandContext::fail(table.error());
            out.rollCalls = std::move(*table);
            out.allVotes = Blocs::rollCallVotes(out.rollCalls->rollCalls); // headings only
        }
        out.chosen = out.allVotes;
        return std::nullopt;
    }
    auto all = Storage::VoteRepository(*db).votes();
    if (!all)
        return CommandContext::fail(all.error());
    out.allVotes = *all;
    auto chosen = Blocs::selectVotes(out.allVotes, voteSelectors(parser));
    if (!chosen)
        return CommandContext::fail(chosen.error());
    out.chosen = *chosen;
    return std::nullopt;
}

QString shown(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("  - ");
}

QString votesLine(const Selection &s)
{
    QStringList keys;
    for (const Storage::VoteRecord &v : s.chosen)
        keys.append(Blocs::voteKey(v, s.allVotes));
    return QStringLiteral("%1 vote(s): %2; abstain %3, non-voting %4")
        .arg(s.chosen.size())
        .arg(keys.isEmpty() ? QStringLiteral("none") : keys.join(QStringLiteral(", ")),
             Blocs::abstentionRuleName(s.options.abstention),
             Blocs::nonVotingRuleName(s.options.nonVoting));
}

QString stateLine(const QString &code)
{
    const auto e = ReferenceData::EntityRegistry::builtIn().byCode(code);
    return e ? QStringLiteral("%1 %2 %3").arg(code, e->nameEn, e->nameZh) : code;
}

// The matrix of each session of the chosen roll calls, in the order the sessions met; one matrix
// with an empty session for committee votes.
QList<std::pair<QString, Blocs::VoteMatrix>> matricesBySession(const Selection &s)
{
    if (!s.rollCalls)
        return {{QString(), Blocs::buildVoteMatrix(s.chosen)}};
    QList<std::pair<QString, Blocs::VoteMatrix>> out;
    for (const auto &[session, columns] : s.rollCalls->columnsBySession())
        out.append({session, Blocs::rollCallMatrix(s.rollCalls->columns(columns))});
    return out;
}

// agreement --long: the pairs of each session's matrix (or of the chosen votes' one matrix).
int printLongAgreement(const Selection &s, bool json)
{
    QList<Blocs::AgreementRow> rows;
    for (const auto &[session, matrix] : matricesBySession(s))
        rows += Blocs::agreementRows(Blocs::agreementMatrix(matrix, s.options), session);
    if (!json) {
        const QByteArray csv = Blocs::agreementLongCsv(rows).toUtf8();
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
        return ExitOk;
    }
    QJsonArray out;
    for (const Blocs::AgreementRow &r : std::as_const(rows))
        out.append(QJsonObject{{QStringLiteral("state_a"), r.stateA},
                               {QStringLiteral("state_b"), r.stateB},
                               {QStringLiteral("session"), r.session},
                               {QStringLiteral("agreement"), r.agreement},
                               {QStringLiteral("compared"), r.compared}});
    CommandContext::printJson(QJsonDocument(out));
    return ExitOk;
}

int runVoteMap(CommandContext &context, const QCommandLineParser &parser)
{
    Selection s;
    if (const auto done = select(context, parser, true, s))
        return *done;
    QList<std::pair<QString, Blocs::VoteMatrix>> matrices;
    if (parser.isSet(kBySession))
        matrices = matricesBySession(s);
    else
        matrices.append({QString(), s.analysis().votes});
    QJsonArray maps;
    QStringList csv{csvRow({QStringLiteral("session"), QStringLiteral("code"),
                            QStringLiteral("group"), QStringLiteral("x"), QStringLiteral("y")})};
    for (const auto &[session, matrix] : std::as_const(matrices)) {
        const Blocs::AgreementMap map =
            Blocs::agreementMap(Blocs::agreementMatrix(matrix, s.options));
        maps.append(agreementMapJson(map, session, matrix.voteCount()));
        for (const Blocs::MapPoint &p : map.points)
            csv.append(csvRow({session, p.code, p.group, QString::number(p.x, 'g', 10),
                               QString::number(p.y, 'g', 10)}));
    }
    if (parser.isSet(kJson)) {
        CommandContext::printJson(parser.isSet(kBySession) ? QJsonDocument(maps)
                                                           : QJsonDocument(maps[0].toObject()));
        return ExitOk;
    }
    const QByteArray out = csv.join(QString()).toUtf8();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    return ExitOk;
}

int runClusters(CommandContext &context, const QCommandLineParser &parser)
{
    bool isNumber = false;
    const int k = parser.value(kK).toInt(&isNumber);
    if (!parser.isSet(kK) || !isNumber || k < 1)
        return CommandContext::usage(QStringLiteral("clusters needs --k N, N at least 1"));
    Selection s;
    if (const auto done = select(context, parser, true, s))
        return *done;

    const Blocs::BlocAnalysis analysis = s.analysis();
    if (parser.isSet(kJson)) {
        CommandContext::printJson(QJsonDocument(clustersJson(analysis, k, s.allVotes)));
        return ExitOk;
    }
    const QList<QStringList> blocs = analysis.dendrogram.cutCodes(k);
    CommandContext::print(QStringLiteral("%1 bloc(s) of %2 states, %3")
                              .arg(blocs.size())
                              .arg(analysis.votes.stateCount())
                              .arg(votesLine(s)));
    for (qsizetype b = 0; b < blocs.size(); ++b) {
        CommandContext::print(QStringLiteral("bloc %1 (%2):").arg(b + 1).arg(blocs[b].size()));
        for (const QString &code : blocs[b])
            CommandContext::print(QStringLiteral("  ") + stateLine(code));
    }
    return ExitOk;
}

int runCohesion(CommandContext &context, const QCommandLineParser &parser)
{
    const QString name = parser.value(kGroup).trimmed();
    if (name.isEmpty())
        return CommandContext::usage(QStringLiteral("cohesion needs --group NAME"));
    Selection s;
    if (const auto done = select(context, parser, false, s, VoteLists::Needed))
        return *done;
    auto groups = Blocs::readGroups(*context.database());
    if (!groups)
        return CommandContext::fail(groups.error());
    const auto group = groups->find(name);
    if (!group) {
        return CommandContext::fail(
            Error{ErrorCode::NotFound,
                  QStringLiteral("there is no group “%1” (`groups` lists them)").arg(name),
                  {}});
    }

    const QList<Blocs::GroupCohesion> cohesion = Blocs::groupCohesion(s.chosen, *group);
    if (parser.isSet(kJson)) {
        CommandContext::printJson(QJsonDocument(cohesionJson(*group, cohesion, s.allVotes)));
        return ExitOk;
    }
    CommandContext::print(QStringLiteral("%1 %2 %3 (%4 members)")
                              .arg(group->shortName, group->nameEn, group->nameZh)
                              .arg(group->members.size()));
    for (const Blocs::GroupCohesion &c : cohesion) {
        QStringList majority;
        for (const VotePosition p : c.majority)
            majority.append(votePositionName(p));
        CommandContext::print(
            QStringLiteral("%1 %2: yes %3, no %4, abstain %5, not voting %6; majority %7 %8, "
                           "agreement index %9")
                .arg(Blocs::voteKey(c.vote, s.allVotes), c.vote.subject)
                .arg(c.yes)
                .arg(c.no)
                .arg(c.abstain)
                .arg(c.notVoting.size())
                .arg(majority.isEmpty() ? QStringLiteral("-") : majority.join(u'/'),
                     shown(c.majorityShare), shown(c.agreementIndex)));
        for (const Blocs::MemberPosition &m : c.otherwise)
            CommandContext::print(QStringLiteral("  otherwise: %1 (%2)")
                                      .arg(stateLine(m.code), votePositionName(m.position)));
    }
    return ExitOk;
}

// [--votes LABEL,...] and the roll-call selection, as every bloc command reads them.
QList<Syntax> voteChoice()
{
    return {Syntax::maybe(kVotes), rollCallSelectionSyntax()};
}

// [--abstain half|disagree] [--non-voting exclude|count]
QList<Syntax> agreementRules()
{
    return {Syntax::maybe(kAbstain), Syntax::maybe(kNonVoting)};
}

} // namespace

int runVoteAgreement(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.isSet(kKappa) && !parser.isSet(kJson))
        return CommandContext::usage(QStringLiteral("--kappa goes with --json"));
    const QString order = parser.value(kOrder).toLower();
    if (order != QLatin1String("name") && order != QLatin1String("cluster"))
        return CommandContext::usage(QStringLiteral("--order takes name or cluster"));
    Selection s;
    if (const auto done = select(context, parser, true, s))
        return *done;
    if (parser.isSet(kLong))
        return printLongAgreement(s, parser.isSet(kJson));

    const Blocs::BlocAnalysis analysis = s.analysis();
    const Blocs::AgreementMatrix matrix =
        order == QLatin1String("cluster") ? analysis.agreementInClusterOrder() : analysis.agreement;
    if (parser.isSet(kJson)) {
        CommandContext::printJson(QJsonDocument(
            voteAgreementJson(analysis, matrix, order, parser.isSet(kKappa), s.allVotes)));
        return ExitOk;
    }
    if (parser.isSet(kCsv)) {
        const QByteArray csv = Blocs::agreementCsv(matrix).toUtf8();
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
        return ExitOk;
    }
    CommandContext::print(QStringLiteral("%1 states, %2").arg(matrix.size()).arg(votesLine(s)));
    if (matrix.size() > 0)
        CommandContext::print(QStringLiteral("     ") + matrix.codes.join(QStringLiteral("  ")));
    for (qsizetype i = 0; i < matrix.size(); ++i) {
        QStringList row{matrix.codes[i]};
        for (const auto &value : matrix.values[i])
            row.append(shown(value));
        CommandContext::print(row.join(QLatin1Char(' ')));
    }
    return ExitOk;
}

Syntax voteAgreementForm()
{
    return Syntax::sequence(
        voteChoice() + agreementRules() +
        QList<Syntax>{
            Syntax::maybe(kOrder), Syntax::maybe(kKappa), Syntax::maybe(kLong),
            Syntax::optional({Syntax::either({Syntax::option(kJson), Syntax::option(kCsv)})})});
}

const CommandSpec &clustersCommand()
{
    static const CommandSpec command{
        QStringLiteral("clusters"),
        {Syntax::sequence(QList<Syntax>{Syntax::option(kK)} + voteChoice() + agreementRules() +
                          QList<Syntax>{Syntax::maybe(kJson)})},
        QStringLiteral("voting blocs: the states cut into K clusters by their agreement"),
        runClusters};
    return command;
}

const CommandSpec &mapCommand()
{
    static const CommandSpec command{
        QStringLiteral("map"),
        {Syntax::sequence(voteChoice() + agreementRules() +
                          QList<Syntax>{Syntax::maybe(kBySession), Syntax::maybe(kJson)})},
        QStringLiteral("the states placed by their agreement, as CSV (session,code,group,x,y) or "
                       "JSON"),
        runVoteMap};
    return command;
}

const CommandSpec &cohesionCommand()
{
    static const CommandSpec command{
        QStringLiteral("cohesion"),
        {Syntax::sequence(QList<Syntax>{Syntax::option(kGroup)} + voteChoice() +
                          QList<Syntax>{Syntax::maybe(kJson)})},
        QStringLiteral("how one group voted together"),
        runCohesion};
    return command;
}

} // namespace Rapporteur::Cli
