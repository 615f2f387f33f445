#include "refcommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"
#include "refjson.h"

#include "analysis/citedby.h"
#include "analysis/referenceindex.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Rapporteur::Cli {

namespace {

const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kMatrix{QStringLiteral("matrix"),
                                 QStringLiteral("The state × instrument matrix.")};
const QCommandLineOption kCsv{QStringLiteral("csv"), QStringLiteral("The matrix as CSV.")};

// "A/RES/76/234 (document, not in the corpus)", "MTCR 导弹技术控制制度 (regime)".
QString heading(const Analysis::CitedTarget &t)
{
    if (t.instrument)
        return QStringLiteral("%1 %2 (%3, %4)")
            .arg(t.target, t.instrument->nameZh, ReferenceData::termKindName(t.instrument->kind),
                 t.instrument->nameEn);
    if (t.document)
        return QStringLiteral("%1 (document in the corpus: %2)").arg(t.target, t.document->title);
    return QStringLiteral("%1 (document, not in the corpus)").arg(t.target);
}

QString countsLine(const Analysis::CitedTarget &t)
{
    QStringList states;
    for (const auto &c : t.byEntity)
        states.append(QStringLiteral("%1 %2").arg(c.entity.code).arg(c.paragraphs));
    return QStringLiteral("  %1 paragraph(s), %2 mention(s); by state (paragraphs): %3")
        .arg(t.paragraphs)
        .arg(t.mentions)
        .arg(states.isEmpty() ? QStringLiteral("none") : states.join(QStringLiteral(", ")));
}

void printTarget(const Analysis::CitedTarget &t, bool withCitations)
{
    CommandContext::print(heading(t));
    CommandContext::print(countsLine(t));
    if (!withCitations)
        return;
    for (const auto &c : t.citations) {
        CommandContext::print(
            QStringLiteral("  %1 paragraph %2, p. %3, %4: %5%6")
                .arg(c.document)
                .arg(c.paragraph)
                .arg(c.page)
                .arg(c.entity ? c.entity->code : QStringLiteral("-"),
                     Analysis::referencePlaceName(c.place),
                     c.mentions > 1 ? QStringLiteral(" ×%1").arg(c.mentions) : QString()));
    }
}

int printMatrix(CommandContext &context, const QCommandLineParser &parser)
{
    if (!context.database())
        return ExitBadInput;
    if (auto refreshed = Analysis::refreshReferences(*context.database()); !refreshed)
        return CommandContext::fail(refreshed.error());
    auto matrix = Analysis::readInstrumentMatrix(*context.database());
    if (!matrix)
        return CommandContext::fail(matrix.error());
    if (parser.isSet(kJson)) {
        CommandContext::printJson(QJsonDocument(instrumentMatrixJson(*matrix)));
    } else if (parser.isSet(kCsv)) {
        const QByteArray csv = instrumentMatrixCsv(*matrix).toUtf8();
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
    } else {
        QStringList header{QStringLiteral("     ")};
        for (const auto &i : matrix->instruments)
            header.append(i.id);
        CommandContext::print(header.join(QLatin1Char(' ')));
        for (qsizetype r = 0; r < matrix->entities.size(); ++r) {
            QStringList row{matrix->entities[r].code.leftJustified(5)};
            for (qsizetype c = 0; c < matrix->instruments.size(); ++c)
                row.append(QString::number(matrix->mentions[r][c])
                               .rightJustified(matrix->instruments[c].id.size()));
            CommandContext::print(row.join(QLatin1Char(' ')));
        }
    }
    return ExitOk;
}

int runRefs(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList targets = parser.positionalArguments();
    if (parser.isSet(kMatrix)) {
        return printMatrix(context, parser);
    }
    if (parser.isSet(kCsv))
        return CommandContext::usage(QStringLiteral("--csv is for refs --matrix"));
    if (targets.size() > 1)
        return CommandContext::usage(QStringLiteral("refs takes at most one TARGET"));

    std::optional<Analysis::TargetQuery> only;
    if (!targets.isEmpty()) {
        only = Analysis::resolveTarget(targets.constFirst());
        if (!only)
            return CommandContext::fail(
                Error{ErrorCode::NotFound,
                      QStringLiteral("\"%1\" is neither a document symbol nor a treaty, regime or "
                                     "organisation of the dictionary")
                          .arg(targets.constFirst()),
                      {}});
    }
    if (!context.database())
        return ExitBadInput;
    // References an older program stored, or never stored, are brought up to date first.
    if (auto refreshed = Analysis::refreshReferences(*context.database()); !refreshed)
        return CommandContext::fail(refreshed.error());
    auto read = Analysis::readCitedTargets(*context.database(), only);
    if (!read)
        return CommandContext::fail(read.error());
    if (parser.isSet(kJson)) {
        if (only) // one target: the object itself, as `profile` prints one entity
            CommandContext::printJson(QJsonDocument(citedTargetJson(read->constFirst())));
        else
            CommandContext::printJsonArray(*read, citedTargetJson);
        return ExitOk;
    }
    for (const auto &t : std::as_const(*read))
        printTarget(t, only.has_value());
    return ExitOk;
}

} // namespace

const CommandSpec &refsCommand()
{
    static const CommandSpec command{
        QStringLiteral("refs"),
        {Syntax::sequence({Syntax::optional({Syntax::argument(QStringLiteral("TARGET"))}),
                           Syntax::maybe(kJson)}),
         Syntax::sequence(
             {Syntax::option(kMatrix),
              Syntax::optional({Syntax::either({Syntax::option(kJson), Syntax::option(kCsv)})})})},
        QStringLiteral("what cites a document, treaty or regime; the instruments each state names"),
        runRefs};
    return command;
}

} // namespace Rapporteur::Cli
