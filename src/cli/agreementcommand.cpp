#include "agreementcommand.h"

#include "blocscommands.h"
#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

#include "coding/agreement.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rapporteur::Cli {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(); // null where undefined
}

QString shown(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QStringLiteral("n/a");
}

QJsonObject codeAgreementJson(const Coding::CodeAgreement &c, const Coding::AgreementReport &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), c.codePath);
    o.insert(QStringLiteral("units"), c.units());
    o.insert(QStringLiteral("both"), c.both);
    o.insert(QStringLiteral("only_first"), c.onlyFirst);
    o.insert(QStringLiteral("only_second"), c.onlySecond);
    o.insert(QStringLiteral("neither"), c.neither);
    o.insert(QStringLiteral("percent"), number(c.percent));
    o.insert(QStringLiteral("kappa"), number(c.kappa));
    o.insert(QStringLiteral("alpha"), number(c.alpha));
    QJsonArray disagreements;
    for (const Coding::Disagreement &d : c.disagreements) {
        disagreements.append(
            QJsonObject{{QStringLiteral("paragraph"), d.paragraphId},
                        {QStringLiteral("document"), d.document},
                        {QStringLiteral("coded_by"), d.byFirst ? r.first : r.second}});
    }
    o.insert(QStringLiteral("disagreements"), disagreements);
    return o;
}

const QCommandLineOption kCoder{QStringLiteral("coder"), QStringLiteral("A coder (give two)."),
                                QStringLiteral("NAME")};
const QCommandLineOption kExcludeUncoded{
    QStringLiteral("exclude-uncoded"), QStringLiteral("Leave out paragraphs neither coder coded.")};

// agreement --coder A --coder B [--exclude-uncoded] [--json]
int runCoderAgreement(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList names = parser.values(kCoder);
    if (names.size() != 2 || names[0] == names[1])
        return CommandContext::usage(QStringLiteral("agreement needs two different --coder NAME"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    auto report = Coding::readAgreement(*db, names[0], names[1], parser.isSet(kExcludeUncoded));
    if (!report)
        return CommandContext::fail(report.error());

    if (parser.isSet(Options::json())) {
        QJsonArray codes;
        for (const Coding::CodeAgreement &c : std::as_const(report->codes))
            codes.append(codeAgreementJson(c, *report));
        CommandContext::printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("coders"), QJsonArray{report->first, report->second}},
                        {QStringLiteral("unit"), QStringLiteral("paragraph")},
                        {QStringLiteral("exclude_uncoded"), report->excludeUncoded},
                        {QStringLiteral("units"), report->units},
                        {QStringLiteral("codes"), codes}}));
        return ExitOk;
    }
    CommandContext::print(
        QStringLiteral("%1 and %2, %3 paragraphs%4")
            .arg(report->first, report->second)
            .arg(report->units)
            .arg(report->excludeUncoded ? QStringLiteral(" (coded by either)") : QString()));
    for (const Coding::CodeAgreement &c : std::as_const(report->codes)) {
        CommandContext::print(QStringLiteral("%1  agreement %2  kappa %3  alpha %4  "
                                             "(%5 disagreements)")
                                  .arg(c.codePath, shown(c.percent), shown(c.kappa), shown(c.alpha))
                                  .arg(c.disagreements.size()));
    }
    return ExitOk;
}

// --coder tells the two agreements apart; their forms keep their options apart.
int runAgreement(CommandContext &context, const QCommandLineParser &parser)
{
    return parser.isSet(kCoder) ? runCoderAgreement(context, parser)
                                : runVoteAgreement(context, parser);
}

} // namespace

const CommandSpec &agreementCommand()
{
    static const CommandSpec command{
        QStringLiteral("agreement"),
        {Syntax::sequence({Syntax::option(kCoder), Syntax::option(kCoder),
                           Syntax::maybe(kExcludeUncoded), Syntax::maybe(Options::json())}),
         voteAgreementForm()},
        QStringLiteral("between two coders, or between states' votes"),
        runAgreement};
    return command;
}

} // namespace Rapporteur::Cli
