#include "storagetestsupport.h"

#include "searchindex/fts5tokenizer.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QDate>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace Rapporteur::Test {

using Storage::Database;
using Storage::Statement;

namespace {

bool nextRow(Statement &statement)
{
    const auto row = statement.step();
    return row && *row;
}

} // namespace

ParsedDocument sampleDocument()
{
    ParsedDocument doc;
    doc.symbol = QStringLiteral("A/77/96");
    doc.title = QStringLiteral("从国际安全角度看信息和电信领域的发展");
    doc.language = QStringLiteral("zh");
    doc.pageCount = 12;
    doc.warnings = {QStringLiteral("未能识别的名称：某国"), QStringLiteral("第 3 页没有页码")};
    doc.notes = {Footnote{QStringLiteral("*"), QStringLiteral("因技术原因重新印发。"), -1},
                 Footnote{QStringLiteral("**"), QStringLiteral("A/77/50。"), -1}};

    Submission australia;
    australia.heading = QStringLiteral("澳大利亚");
    australia.entityCode = QStringLiteral("AUS");
    australia.languages = {QStringLiteral("en"), QStringLiteral("zh")};
    australia.date = QDate(2022, 5, 31);
    australia.group = QStringLiteral("A. 各国政府");
    australia.section = QStringLiteral("二. 答复");
    australia.page = 3;
    doc.submissions = {australia};

    Paragraph title;
    title.kind = ParagraphKind::Title;
    title.text = doc.title;
    title.page = 1;

    Paragraph section;
    section.kind = ParagraphKind::Section;
    section.text = QStringLiteral("二. 答复");
    section.page = 3;
    section.section = QStringLiteral("二. 答复");

    Paragraph heading;
    heading.kind = ParagraphKind::Heading;
    heading.text = QStringLiteral("澳大利亚");
    heading.page = 3;
    heading.section = section.text;
    heading.submission = 0;

    Paragraph body = bodyParagraph(QStringLiteral("澳大利亚支持开放的互联网。见报告。"), 0);
    body.page = 3;
    body.section = section.text;
    body.sentenceEnds = {13, 17};
    body.footnotes = {Footnote{QStringLiteral("1"), QStringLiteral("见 A/76/135。"), 13},
                      Footnote{QStringLiteral("*"), QStringLiteral("无锚点的脚注。"), -1}};
    body.links = {
        Link{QStringLiteral("https://undocs.org/zh/A/76/135"), QStringLiteral("A/76/135")},
        Link{QStringLiteral("https://www.dfat.gov.au/"), QString()}};

    Paragraph item;
    item.kind = ParagraphKind::ListItem;
    item.text = QStringLiteral("(a) 能力建设；");
    item.page = 4;
    item.section = section.text;
    item.submission = 0;
    item.sentenceEnds = {9};

    doc.paragraphs = {title, section, heading, body, item};
    return doc;
}

QList<Entity> sampleEntities()
{
    Entity australia;
    australia.code = QStringLiteral("AUS");
    australia.kind = EntityKind::MemberState;
    australia.nameEn = QStringLiteral("Australia");
    australia.nameZh = QStringLiteral("澳大利亚");
    australia.aliasesZh = {QStringLiteral("澳洲"), QStringLiteral("澳大利亚联邦")};
    return {australia};
}

Paragraph bodyParagraph(const QString &text, int submission)
{
    Paragraph paragraph;
    paragraph.kind = ParagraphKind::Body;
    paragraph.text = text;
    paragraph.submission = submission;
    return paragraph;
}

QStringList dumpDatabase(const Database &db)
{
    QStringList tables;
    {
        auto select = Statement::prepare(
            db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        if (!select)
            return {QStringLiteral("error: ") + select.error().detail};
        while (nextRow(*select))
            tables.append(select->columnText(0));
    }
    QStringList lines;
    for (const QString &table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        auto select = Statement::prepare(db, (sql + " ORDER BY rowid").constData());
        if (!select) // a WITHOUT ROWID table (the search index has two) reads in key order
            select = Statement::prepare(db, sql.constData());
        if (!select)
            return {QStringLiteral("error: ") + select.error().detail};
        int rows = 0;
        while (nextRow(*select)) {
            QStringList values{table};
            for (int column = 0; column < select->columnCount(); ++column) {
                values.append(select->isNull(column) ? QStringLiteral("NULL")
                                                     : select->columnText(column));
            }
            lines.append(values.join(QLatin1Char('|')));
            ++rows;
        }
        lines.append(QStringLiteral("%1: %2 rows").arg(table).arg(rows));
    }
    return lines;
}

QString queryValue(const Database &db, const char *sql)
{
    auto select = Statement::prepare(db, sql);
    if (!select)
        return QStringLiteral("error: ") + select.error().detail;
    auto row = select->step();
    if (!row)
        return QStringLiteral("error: ") + row.error().detail;
    return *row ? select->columnText(0) : QString();
}

bool execRaw(const QString &path, const char *sql)
{
    sqlite3 *handle = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &handle) == SQLITE_OK &&
              sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString createAtSchema(const QString &path, int version, const char *rows)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &raw) != SQLITE_OK) {
        sqlite3_close(raw);
        return QStringLiteral("cannot open %1").arg(path);
    }
    QString error;
    const auto run = [&](const QByteArray &sql, const QString &what) {
        if (error.isEmpty() &&
            sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            error = what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(raw));
    };
    if (Search::registerTokenizer(raw) != SQLITE_OK)
        error = QStringLiteral("cannot register the tokenizer");
    // The migrations in order, as Migrator finds them: NNNN_name.sql under the resource folder.
    const QStringList names = QDir(QStringLiteral(":/storage/migrations"))
                                  .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.left(4).toInt() > version)
            break;
        QFile migration(QStringLiteral(":/storage/migrations/") + name);
        if (!migration.open(QIODevice::ReadOnly))
            error = QStringLiteral("cannot read ") + name;
        run(migration.readAll(), name);
    }
    run(rows, QStringLiteral("rows"));
    run("PRAGMA user_version = " + QByteArray::number(version), QStringLiteral("user_version"));
    sqlite3_close(raw);
    return error;
}

} // namespace Rapporteur::Test
