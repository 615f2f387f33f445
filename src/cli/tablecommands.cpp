#include "tablecommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

#include "common/outputfile.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/documenttablecsv.h"
#include "storage/tablerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Rapporteur::Cli {

namespace {
const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kCsv{
    QStringLiteral("csv"),
    QStringLiteral("Print the cells as CSV (RFC 4180), header rows first; no notes.")};
const QCommandLineOption kOut{QStringLiteral("out"),
                              QStringLiteral("Write to FILE (whole or not at all)."),
                              QStringLiteral("FILE")};

QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

// What `tables` lists of each table, and what `table --json` starts with.
QJsonObject tableSummaryJson(const Storage::TableRecord &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("document"), t.document},
        {QStringLiteral("ordinal"), t.ordinal},
        {QStringLiteral("caption"), t.caption},
        {QStringLiteral("first_page"), t.firstPage},
        {QStringLiteral("last_page"), t.lastPage},
        // The paragraph the table follows; null when it comes before the first.
        {QStringLiteral("after_paragraph"), idOrNull(t.afterParagraphId)},
        {QStringLiteral("row_count"), static_cast<qint64>(t.rows.size())},
        {QStringLiteral("header_rows"), t.headerRowCount()},
        {QStringLiteral("column_count"), t.columnCount},
        {QStringLiteral("note_count"), static_cast<qint64>(t.notes.size())},
    };
}

QJsonObject tableJson(const Storage::TableRecord &t)
{
    QJsonObject out = tableSummaryJson(t);
    QJsonArray rows;
    for (const TableRow &row : t.rows)
        rows.append(QJsonObject{{QStringLiteral("header"), row.header},
                                {QStringLiteral("cells"), QJsonArray::fromStringList(row.cells)}});
    QJsonArray notes;
    for (const Footnote &note : t.notes)
        notes.append(QJsonObject{{QStringLiteral("marker"), note.marker},
                                 {QStringLiteral("text"), note.text}});
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("notes"), notes);
    return out;
}

QString pages(const Storage::TableRecord &t)
{
    if (t.firstPage <= 0)
        return QStringLiteral("-");
    return t.lastPage > t.firstPage ? QStringLiteral("pp. %1-%2").arg(t.firstPage).arg(t.lastPage)
                                    : QStringLiteral("p. %1").arg(t.firstPage);
}

QString summaryLine(const Storage::TableRecord &t)
{
    const QString after = t.afterParagraphId ? QStringLiteral("after ¶%1").arg(*t.afterParagraphId)
                                             : QStringLiteral("before the text");
    return QStringLiteral("%1\t%2\t%3 rows × %4 columns\t%5\t%6")
        .arg(t.id)
        .arg(pages(t))
        .arg(t.rows.size())
        .arg(t.columnCount)
        .arg(after, t.caption);
}

// The table as read on a terminal: caption, cells of a row between " | ", notes.
QString tableText(const Storage::TableRecord &t)
{
    QString out;
    if (!t.caption.isEmpty())
        out += t.caption + u'\n';
    for (const TableRow &row : t.rows) {
        QStringList cells = row.cells;
        for (QString &cell : cells)
            cell.replace(u'\n', u' ');
        out += (row.header ? QStringLiteral("# ") : QString()) + cells.join(QStringLiteral(" | ")) +
               u'\n';
    }
    for (const Footnote &note : t.notes)
        out += QStringLiteral("  %1 %2\n").arg(note.marker, note.text);
    return out;
}

// DOCUMENT is a symbol ("A/77/96") or, when no document has that symbol, a document's id. Empty
// after reporting the error when neither names a document.
std::optional<QString> documentSymbol(Storage::Database &db, const QString &given)
{
    const Storage::CorpusRepository repo(db);
    auto bySymbol = repo.document(given);
    if (!bySymbol) {
        CommandContext::fail(bySymbol.error());
        return std::nullopt;
    }
    if (bySymbol->has_value())
        return given;
    bool isNumber = false;
    const qint64 id = given.toLongLong(&isNumber);
    if (isNumber) {
        auto documents = repo.documents();
        if (!documents) {
            CommandContext::fail(documents.error());
            return std::nullopt;
        }
        for (const Storage::DocumentRecord &d : *documents) {
            if (d.id == id)
                return d.symbol;
        }
    }
    CommandContext::fail(Error{
        ErrorCode::NotFound, QStringLiteral("no document %1 in the database").arg(given), {}});
    return std::nullopt;
}

int runTables(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return CommandContext::usage(QStringLiteral("tables takes one DOCUMENT"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    const auto symbol = documentSymbol(*db, parser.positionalArguments().constFirst());
    if (!symbol)
        return ExitBadInput;
    auto tables = Storage::TableRepository(*db).tablesOfDocument(*symbol);
    if (!tables)
        return CommandContext::fail(tables.error());
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(*tables, tableSummaryJson);
    if (tables->isEmpty())
        CommandContext::print(QStringLiteral("%1 has no tables.").arg(*symbol));
    for (const auto &t : *tables)
        CommandContext::print(summaryLine(t));
    return ExitOk;
}

int runTable(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return CommandContext::usage(QStringLiteral("table takes one ID"));
    if (parser.isSet(kOut) && parser.value(kOut).isEmpty())
        return CommandContext::usage(QStringLiteral("--out needs a FILE"));
    bool ok = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok)
        return CommandContext::usage(QStringLiteral("ID must be a number"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    auto table = Storage::TableRepository(*db).table(id);
    if (!table)
        return CommandContext::fail(table.error());
    if (!table->has_value())
        return CommandContext::fail(
            Error{ErrorCode::NotFound, QStringLiteral("no table %1").arg(id), {}});

    QByteArray bytes;
    if (parser.isSet(kCsv))
        bytes = Storage::documentTableCsv((*table)->rows).toUtf8();
    else if (parser.isSet(kJson))
        bytes = QJsonDocument(tableJson(**table)).toJson(QJsonDocument::Indented);
    else
        bytes = tableText(**table).toUtf8();
    if (!parser.isSet(kOut)) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        return ExitOk;
    }
    const QString path = parser.value(kOut);
    if (auto written = writeOutputFile(path, bytes); !written)
        return CommandContext::fail(written.error());
    // On stderr: stdout stays free for scripts, as with export.
    std::fprintf(stderr, "wrote %s: table %lld, %lld rows\n", path.toUtf8().constData(),
                 static_cast<long long>(id), static_cast<long long>((*table)->rows.size()));
    return ExitOk;
}

} // namespace

const CommandSpec &tablesCommand()
{
    static const CommandSpec command{
        QStringLiteral("tables"),
        {Syntax::sequence({Syntax::argument(QStringLiteral("DOCUMENT")), Syntax::maybe(kJson)})},
        QStringLiteral("a document's tables (DOCUMENT: symbol or id)"),
        runTables};
    return command;
}

const CommandSpec &tableCommand()
{
    static const CommandSpec command{
        QStringLiteral("table"),
        {Syntax::sequence(
            {Syntax::argument(QStringLiteral("ID")),
             Syntax::optional({Syntax::either({Syntax::option(kCsv), Syntax::option(kJson)})}),
             Syntax::maybe(kOut)})},
        QStringLiteral("one table: its cells (CSV: header rows first, no notes)"),
        runTable};
    return command;
}

} // namespace Rapporteur::Cli
