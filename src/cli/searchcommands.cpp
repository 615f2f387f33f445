#include "searchcommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

#include "referencedata/entityregistry.h"
#include "search/concordance.h"
#include "search/concordancecsv.h"
#include "search/search.h"
#include "text/charclass.h"
#include "text/offsets.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>

namespace Rapporteur::Cli {

namespace {
const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kDocument = Options::document(QStringLiteral("Only this document."));
const QCommandLineOption kLanguage =
    Options::language(QStringLiteral("Only documents in this language (ISO 639-1: en, zh)."));
const QCommandLineOption kEntity{
    QStringLiteral("entity"),
    QStringLiteral("Only submissions of this state or organisation (code or name)."),
    QStringLiteral("CODE")};
const QCommandLineOption kPosition{
    QStringLiteral("position"),
    QStringLiteral("With --vote: only states with this position: yes, no, abstain, non_voting."),
    QStringLiteral("P")};
const QCommandLineOption kVote{
    QStringLiteral("vote"),
    QStringLiteral("The recorded vote of --position: its label, e.g. (c), or SYM:(c)."),
    QStringLiteral("LABEL")};
const QCommandLineOption kSection{
    QStringLiteral("section"),
    QStringLiteral("Only this section: as written (\"二. 答复\"), its number or its title."),
    QStringLiteral("S")};

std::optional<VotePosition> positionNamed(const QString &name)
{
    for (const auto p :
         {VotePosition::Yes, VotePosition::No, VotePosition::Abstain, VotePosition::NonVoting}) {
        if (votePositionName(p) == name)
            return p;
    }
    return std::nullopt;
}

// [--document SYM] [--entity CODE] [--position P --vote LABEL] [--section S] [--lang CODE]
QList<Syntax> filters()
{
    return {Syntax::maybe(kDocument), Syntax::maybe(kEntity),
            Syntax::optional({Syntax::option(kPosition), Syntax::option(kVote)}),
            Syntax::maybe(kSection), Syntax::maybe(kLanguage)};
}

// Reads the filter options into `filters`. Empty: go on; otherwise the exit status.
std::optional<int> readFilters(CommandContext &context, const QCommandLineParser &parser,
                               Search::SearchFilters &filters)
{
    if (parser.isSet(kPosition) != parser.isSet(kVote))
        return CommandContext::usage(QStringLiteral("--position and --vote go together"));
    if (parser.isSet(kPosition)) {
        const auto position = positionNamed(parser.value(kPosition));
        if (!position)
            return CommandContext::usage(
                QStringLiteral("--position is one of yes, no, abstain, non_voting"));
        filters.vote = Search::VoteFilter{*position, parser.value(kVote)};
    }
    if (parser.isSet(kEntity)) {
        const QString name = parser.value(kEntity);
        const auto entity = ReferenceData::EntityRegistry::builtIn().resolve(name);
        if (!entity)
            return CommandContext::fail(
                Error{ErrorCode::NotFound,
                      QStringLiteral("no state or organisation is called \"%1\"").arg(name),
                      {}});
        filters.entity = entity->code;
    }
    filters.section = parser.value(kSection);
    filters.document = parser.value(kDocument);
    if (const auto done = Options::readLanguage(parser, filters.language))
        return *done;
    if (!context.database())
        return ExitBadInput;
    if (!filters.document.isEmpty()) {
        if (const int status = context.requireDocument(filters.document); status != ExitOk)
            return status;
    }
    return std::nullopt;
}

std::optional<int> positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &o,
                                  int fallback, int &out, int maximum = INT_MAX)
{
    out = fallback;
    if (!parser.isSet(o))
        return std::nullopt;
    bool ok = false;
    out = parser.value(o).toInt(&ok);
    if (!ok || out <= 0)
        return CommandContext::usage(
            QStringLiteral("--%1 takes a positive number").arg(o.names().constFirst()));
    if (out > maximum)
        return CommandContext::usage(
            QStringLiteral("--%1 is at most %2").arg(o.names().constFirst()).arg(maximum));
    return std::nullopt;
}

// A concordance line's context on either side, in characters: a few paragraphs' worth at most.
// Larger requests only pad lines into megabytes of blanks.
constexpr int kMaxKwicContext = 1000;

QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}
QJsonValue footnoteOrNull(int footnote, const QString &marker)
{
    return footnote < 0 ? QJsonValue() : QJsonValue(marker);
}

// null for a hit in text or a footnote; for a hit in a table's cell, which cell (0-based).
QJsonValue tableCellOrNull(const Storage::SearchRow &p)
{
    if (p.tableId == 0)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), p.tableId},
                       {QStringLiteral("row"), p.tableRow},
                       {QStringLiteral("column"), p.tableColumn}};
}

QJsonValue codeOrNull(const QString &code)
{
    return code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code);
}

QJsonObject hitJson(const Search::SearchHit &hit)
{
    const Storage::SearchRow &p = hit.paragraph;
    // Hits leave the program in code points, like every offset of the contract.
    QJsonArray matches;
    for (const Search::TextMatch &m : hit.matches) {
        const qsizetype start = Text::toCodePointOffset(p.text, m.start);
        matches.append(
            QJsonObject{{QStringLiteral("offset"), static_cast<qint64>(start)},
                        {QStringLiteral("length"),
                         static_cast<qint64>(Text::toCodePointOffset(p.text, m.end) - start)}});
    }
    return QJsonObject{
        {QStringLiteral("document"), p.document},
        {QStringLiteral("submission"), idOrNull(p.submissionId)},
        {QStringLiteral("entity"), codeOrNull(p.entityCode)},
        {QStringLiteral("paragraph"), p.paragraphId},
        {QStringLiteral("snippet"), hit.snippet},
        {QStringLiteral("rank"), p.rank},
        {QStringLiteral("page"), p.page},
        {QStringLiteral("section"), p.section},
        {QStringLiteral("matches"), matches},
        // Where the hit is: null in the paragraph's text, else the footnote's marker ("4"); the
        // snippet and the offsets are then in the footnote's text.
        {QStringLiteral("footnote"), footnoteOrNull(p.footnote, p.footnoteMarker)},
        // A hit in a table's cell: {id, row, column}, the snippet and offsets in the cell's
        // text, the paragraph the one the table follows. Null elsewhere.
        {QStringLiteral("table"), tableCellOrNull(p)},
    };
}

QString where(const Storage::SearchRow &p)
{
    if (p.tableId != 0)
        return QStringLiteral(" table %1 r%2c%3").arg(p.tableId).arg(p.tableRow).arg(p.tableColumn);
    return p.footnote < 0 ? QString() : QStringLiteral(" fn.%1").arg(p.footnoteMarker);
}

QString label(const QString &entityCode)
{
    return entityCode.isEmpty() ? QStringLiteral("-") : entityCode;
}

int printKwic(const Search::Concordance &c, const QCommandLineParser &parser, int context)
{
    const bool csv = parser.isSet(QStringLiteral("csv"));
    if (csv) {
        const QByteArray text = Search::concordanceCsv(c.lines).toUtf8();
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
        return ExitOk;
    }
    if (parser.isSet(kJson)) {
        QJsonArray lines;
        for (const auto &l : c.lines)
            lines.append(QJsonObject{
                {QStringLiteral("document"), l.document},
                {QStringLiteral("submission"), idOrNull(l.submissionId)},
                {QStringLiteral("entity"), codeOrNull(l.entityCode)},
                {QStringLiteral("paragraph"), l.paragraphId},
                {QStringLiteral("page"), l.page},
                {QStringLiteral("offset"), static_cast<qint64>(l.offset)},
                {QStringLiteral("left"), l.left},
                {QStringLiteral("hit"), l.hit},
                {QStringLiteral("right"), l.right},
                {QStringLiteral("footnote"), footnoteOrNull(l.footnote, l.footnoteMarker)}});
        QJsonArray counts;
        for (const auto &n : c.counts)
            counts.append(QJsonObject{{QStringLiteral("entity"), codeOrNull(n.entityCode)},
                                      {QStringLiteral("occurrences"), n.occurrences},
                                      {QStringLiteral("paragraphs"), n.paragraphs}});
        CommandContext::printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("term"), c.term.text},
            {QStringLiteral("occurrences"), lines},
            {QStringLiteral("counts"), counts},
        }));
        return ExitOk;
    }
    if (c.lines.isEmpty()) {
        CommandContext::print(QStringLiteral("no results"));
        return ExitOk;
    }
    // Left contexts are right-aligned by display width (CJK counts two), so the hits line up:
    // on the width asked for, or on the widest left context there is when none is that wide,
    // so that the padding is never more than the text itself.
    int widest = 0;
    for (const auto &l : c.lines)
        widest = std::max(widest, Text::displayWidth(l.left));
    widest = std::min(widest, 2 * context);
    for (const auto &l : c.lines) {
        const int pad = std::max(0, widest - Text::displayWidth(l.left));
        CommandContext::print(QStringLiteral("%1 %2 ¶%3  %4%5 【%6】 %7")
                                  .arg(l.document, label(l.entityCode))
                                  .arg(l.paragraphId)
                                  .arg(QString(pad, u' '), l.left, l.hit, l.right));
    }
    CommandContext::print(QStringLiteral("%1 occurrences; by state:").arg(c.lines.size()));
    for (const auto &n : c.counts)
        CommandContext::print(QStringLiteral("  %1 %2 in %3 paragraphs")
                                  .arg(label(n.entityCode))
                                  .arg(n.occurrences)
                                  .arg(n.paragraphs));
    return ExitOk;
}

const QCommandLineOption kLimit{
    QStringLiteral("limit"), QStringLiteral("At most N hits (default 20)."), QStringLiteral("N")};
const QCommandLineOption kCsv{QStringLiteral("csv"), QStringLiteral("Print CSV.")};
const QCommandLineOption kSort{QStringLiteral("sort"),
                               QStringLiteral("corpus (default), left or right context."),
                               QStringLiteral("corpus|left|right")};
const QCommandLineOption kContext{QStringLiteral("context"),
                                  QStringLiteral("Characters each side (default 20)."),
                                  QStringLiteral("N")};

int runSearch(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty())
        return CommandContext::usage(QStringLiteral("search takes a QUERY"));
    int limit = 0;
    if (const auto done = positiveNumber(parser, kLimit, 20, limit))
        return *done;
    Search::SearchFilters filters;
    if (const auto done = readFilters(context, parser, filters))
        return *done;
    // Several arguments are one query, as if quoted together by the shell.
    const QString query = parser.positionalArguments().join(u' ');
    auto hits = Search::search(*context.database(), query, filters,
                               ReferenceData::EntityRegistry::builtIn().entities(), limit);
    if (!hits)
        return CommandContext::fail(hits.error());
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(*hits, hitJson);
    if (hits->isEmpty())
        CommandContext::print(QStringLiteral("no results"));
    for (const auto &h : *hits)
        CommandContext::print(QStringLiteral("%1 %2 ¶%3%4 p.%5  %6")
                                  .arg(h.paragraph.document, label(h.paragraph.entityCode))
                                  .arg(h.paragraph.paragraphId)
                                  .arg(where(h.paragraph))
                                  .arg(h.paragraph.page)
                                  .arg(h.snippet));
    return ExitOk;
}

int runKwic(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty())
        return CommandContext::usage(QStringLiteral("kwic takes a TERM"));
    const QString sort = parser.value(kSort);
    Search::ConcordanceOrder order = Search::ConcordanceOrder::Corpus;
    if (sort == u"left")
        order = Search::ConcordanceOrder::Left;
    else if (sort == u"right")
        order = Search::ConcordanceOrder::Right;
    else if (!sort.isEmpty() && sort != u"corpus")
        return CommandContext::usage(QStringLiteral("--sort is corpus, left or right"));
    int contextSize = 0;
    if (const auto done = positiveNumber(parser, kContext, 20, contextSize, kMaxKwicContext))
        return *done;
    Search::SearchFilters filters;
    if (const auto done = readFilters(context, parser, filters))
        return *done;
    auto scope = Search::resolveScope(*context.database(), filters,
                                      ReferenceData::EntityRegistry::builtIn().entities());
    if (!scope)
        return CommandContext::fail(scope.error());
    auto found = Search::concordance(*context.database(), parser.positionalArguments().join(u' '),
                                     *scope, contextSize);
    if (!found)
        return CommandContext::fail(found.error());
    Search::sortConcordance(found->lines, order);
    return printKwic(*found, parser, contextSize);
}

} // namespace

const CommandSpec &searchCommand()
{
    static const CommandSpec command{
        QStringLiteral("search"),
        {Syntax::sequence(QList<Syntax>{Syntax::argument(QStringLiteral("QUERY"))} + filters() +
                          QList<Syntax>{Syntax::maybe(kLimit), Syntax::maybe(kJson)})},
        QStringLiteral("ranked search: words, \"phrases\", AND, OR, NOT, (), prefix*"),
        runSearch};
    return command;
}

const CommandSpec &kwicCommand()
{
    static const CommandSpec command{
        QStringLiteral("kwic"),
        {Syntax::sequence(QList<Syntax>{Syntax::argument(QStringLiteral("TERM"))} + filters() +
                          QList<Syntax>{Syntax::maybe(kSort), Syntax::maybe(kContext),
                                        Syntax::optional({Syntax::either(
                                            {Syntax::option(kJson), Syntax::option(kCsv)})})})},
        QStringLiteral("a concordance: every occurrence of a word or phrase in its context"),
        runKwic};
    return command;
}

} // namespace Rapporteur::Cli
