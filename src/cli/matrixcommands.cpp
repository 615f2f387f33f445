#include "matrixcommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

#include "coding/codingservice.h"
#include "coding/retrieval.h"
#include "common/csv.h"
#include "search/searchscope.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Rapporteur::Cli {

namespace {

const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kBy{QStringLiteral("by"),
                             QStringLiteral("Columns: state, or position on --vote."),
                             QStringLiteral("state|position")};
const QCommandLineOption kVote{
    QStringLiteral("vote"),
    QStringLiteral("With --by position: the recorded vote, e.g. (c), or SYM:(c)."),
    QStringLiteral("LABEL")};
const QCommandLineOption kDocument =
    Options::document(QStringLiteral("Only codings in this document (its symbol)."));
const QCommandLineOption kCode{QStringLiteral("code"),
                               QStringLiteral("Only this code (path; not its sub-codes)."),
                               QStringLiteral("PATH")};
const QCommandLineOption kCsv{QStringLiteral("csv"), QStringLiteral("Print CSV.")};
const QCommandLineOption kCoder{QStringLiteral("coder"), QStringLiteral("Only this coder."),
                                QStringLiteral("NAME")};

// How a matrix leaves the program, and the JSON fields that differ between the two commands.
struct MatrixOutput
{
    QString idsKey;     // what the ids behind a cell are: "codings" or "paragraphs"
    QJsonObject fields; // what the matrix was made of (filters, vote)
};

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject matrixJson(const Coding::CodeMatrix &m, const MatrixOutput &output)
{
    QJsonArray counts;
    QJsonArray ids;
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        QJsonArray countRow;
        QJsonArray idRow;
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            countRow.append(m.count(r, c));
            QJsonArray cell;
            for (const qint64 id : m.cells[r][c])
                cell.append(id);
            idRow.append(cell);
        }
        counts.append(countRow);
        ids.append(idRow);
    }
    QJsonObject o = output.fields;
    o.insert(QStringLiteral("rows"), QJsonArray::fromStringList(m.rows));
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(m.columns));
    o.insert(QStringLiteral("counts"), counts);
    o.insert(output.idsKey, ids);
    return o;
}

// A header of "code" and the columns, then a row of counts per code.
QString matrixCsv(const Coding::CodeMatrix &m)
{
    QString csv = csvRow(QStringList{QStringLiteral("code")} + m.columns);
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        QStringList row{m.rows[r]};
        for (qsizetype c = 0; c < m.columns.size(); ++c)
            row.append(QString::number(m.count(r, c)));
        csv += csvRow(row);
    }
    return csv;
}

int printMatrix(const Coding::CodeMatrix &m, const QCommandLineParser &parser,
                const MatrixOutput &output, const QString &title)
{
    if (parser.isSet(kJson)) {
        CommandContext::printJson(QJsonDocument(matrixJson(m, output)));
        return ExitOk;
    }
    if (parser.isSet(kCsv)) {
        const QByteArray csv = matrixCsv(m).toUtf8();
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
        return ExitOk;
    }
    // Tab-separated: code paths are Chinese and of any length, so padding would not line up.
    CommandContext::print(title);
    if (m.rows.isEmpty()) {
        CommandContext::print(QStringLiteral("No codings."));
        return ExitOk;
    }
    CommandContext::print((QStringList{QStringLiteral("code")} + m.columns).join(u'\t'));
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        QStringList row{m.rows[r]};
        for (qsizetype c = 0; c < m.columns.size(); ++c)
            row.append(QString::number(m.count(r, c)));
        CommandContext::print(row.join(u'\t'));
    }
    return ExitOk;
}

// [--json|--csv], as both matrices print.
Syntax output()
{
    return Syntax::optional({Syntax::either({Syntax::option(kJson), Syntax::option(kCsv)})});
}

QJsonObject voteJson(const Storage::VoteRecord &v)
{
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("document"), v.document},
                       {QStringLiteral("label"), v.label},
                       {QStringLiteral("subject"), v.subject}};
}

int runMatrix(CommandContext &context, const QCommandLineParser &parser)
{
    const QString columns = parser.value(kBy);
    const bool byPosition = columns == QLatin1String("position");
    if (!byPosition && columns != QLatin1String("state"))
        return CommandContext::usage(QStringLiteral("matrix needs --by state or --by position"));
    if (byPosition != parser.isSet(kVote))
        return CommandContext::usage(byPosition ? QStringLiteral("--by position needs --vote LABEL")
                                                : QStringLiteral("--vote goes with --by position"));

    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    const QString symbol = parser.value(kDocument);
    if (!symbol.isEmpty()) {
        if (const int status = context.requireDocument(symbol); status != ExitOk)
            return status;
    }
    std::optional<Storage::VoteRecord> chosen;
    if (byPosition) {
        auto found = Search::findVote(*db, parser.value(kVote));
        if (!found)
            return CommandContext::fail(found.error());
        chosen = *found;
    }
    auto read = Coding::readCodings(*db, {parser.value(kCode), parser.value(kCoder)});
    if (!read)
        return CommandContext::fail(read.error());
    QList<Storage::CodingRecord> codings;
    for (const Storage::CodingRecord &c : std::as_const(*read)) {
        if (symbol.isEmpty() || c.anchor.documentSymbol == symbol)
            codings.append(c);
    }

    const Coding::CodeMatrix m =
        chosen ? Coding::codeByVotePosition(codings, *chosen) : Coding::codeByState(codings);
    MatrixOutput output{
        QStringLiteral("codings"),
        {{QStringLiteral("by"), columns},
         {QStringLiteral("unit"), QStringLiteral("coding")},
         {QStringLiteral("vote"), chosen ? QJsonValue(voteJson(*chosen)) : QJsonValue()},
         {QStringLiteral("document"), textOrNull(symbol)},
         {QStringLiteral("code"), textOrNull(parser.value(kCode))},
         {QStringLiteral("coder"), textOrNull(parser.value(kCoder))}}};
    const QString title = chosen ? QStringLiteral("Codings by position on %1 %2 %3")
                                       .arg(chosen->document, chosen->label, chosen->subject)
                                 : QStringLiteral("Codings by state");
    return printMatrix(m, parser, output, title);
}

int runCooccurrence(CommandContext &context, const QCommandLineParser &parser)
{
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    auto codings = Coding::readCodings(*db, {{}, parser.value(kCoder)});
    if (!codings)
        return CommandContext::fail(codings.error());
    const MatrixOutput output{QStringLiteral("paragraphs"),
                              {{QStringLiteral("unit"), QStringLiteral("paragraph")},
                               {QStringLiteral("coder"), textOrNull(parser.value(kCoder))}}};
    return printMatrix(Coding::coOccurrence(*codings), parser, output,
                       QStringLiteral("Paragraphs where both codes were applied (the diagonal: "
                                      "where the code was applied)"));
}

} // namespace

const CommandSpec &matrixCommand()
{
    static const CommandSpec command{
        QStringLiteral("matrix"),
        {Syntax::sequence({Syntax::option(kBy), Syntax::maybe(kVote), Syntax::maybe(kDocument),
                           Syntax::maybe(kCode), Syntax::maybe(kCoder), output()})},
        QStringLiteral("codes × states, or codes × the positions taken on one vote"),
        runMatrix};
    return command;
}

const CommandSpec &cooccurrenceCommand()
{
    static const CommandSpec command{QStringLiteral("cooccurrence"),
                                     {Syntax::sequence({Syntax::maybe(kCoder), output()})},
                                     QStringLiteral("codes × codes, by paragraph"),
                                     runCooccurrence};
    return command;
}

} // namespace Rapporteur::Cli
