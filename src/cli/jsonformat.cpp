#include "jsonformat.h"

#include "text/offsets.h"

namespace Rapporteur::Cli {

namespace {
QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The anchor leaves the program in code points, like every offset we export.
QJsonArray footnotesJson(const QString &paragraphText, const QList<Footnote> &footnotes)
{
    QJsonArray out;
    for (const Footnote &f : footnotes) {
        const QJsonValue anchor =
            f.anchor < 0
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(static_cast<qint64>(Text::toCodePointOffset(paragraphText, f.anchor)));
        out.append(QJsonObject{{QStringLiteral("marker"), f.marker},
                               {QStringLiteral("text"), f.text},
                               {QStringLiteral("anchor"), anchor}});
    }
    return out;
}

QJsonArray linksJson(const QList<Link> &links)
{
    QJsonArray out;
    for (const Link &l : links)
        out.append(
            QJsonObject{{QStringLiteral("target"), l.target},
                        {QStringLiteral("symbol"), l.symbol.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(l.symbol)}});
    return out;
}
// The notes of a document itself: [{"marker": "*", "text": "Reissued for technical reasons."}].
QJsonArray documentNotesJson(const QList<Footnote> &notes)
{
    QJsonArray out;
    for (const Footnote &n : notes)
        out.append(
            QJsonObject{{QStringLiteral("marker"), n.marker}, {QStringLiteral("text"), n.text}});
    return out;
}
} // namespace

QJsonObject documentJson(const Storage::DocumentRecord &d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("symbol"), d.symbol},
        {QStringLiteral("symbol_provisional"), d.symbolProvisional},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("language"), d.language},
        {QStringLiteral("pages"), d.pageCount},
        {QStringLiteral("submissions"), d.submissionCount},
        {QStringLiteral("paragraphs"), d.paragraphCount},
        {QStringLiteral("source"), d.sourcePath},
        {QStringLiteral("imported_at"), d.importedAt},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings)},
        {QStringLiteral("date"), dateJson(d.date)},
        {QStringLiteral("original_languages"), QJsonArray::fromStringList(d.originalLanguages)},
        {QStringLiteral("notes"), documentNotesJson(d.notes)},
    };
}

QJsonObject submissionJson(const Storage::SubmissionRecord &s)
{
    QJsonValue entity(QJsonValue::Null);
    if (s.entity)
        entity = QJsonObject{{QStringLiteral("code"), s.entity->code},
                             {QStringLiteral("name_zh"), s.entity->nameZh},
                             {QStringLiteral("name_en"), s.entity->nameEn}};
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("document"), s.document},
        {QStringLiteral("language"), s.documentLanguage},
        {QStringLiteral("heading"), s.heading},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("languages"), QJsonArray::fromStringList(s.languages)},
        {QStringLiteral("date"), dateJson(s.date)},
        {QStringLiteral("paragraphs"), s.paragraphCount},
        {QStringLiteral("group"), s.group},
        {QStringLiteral("section"), s.section},
        {QStringLiteral("page"), s.page},
    };
}

QJsonObject paragraphJson(const Storage::ParagraphRecord &p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("document"), p.document},
        {QStringLiteral("language"), p.documentLanguage},
        {QStringLiteral("submission"), optionalId(p.submissionId)},
        {QStringLiteral("kind"), paragraphKindName(p.kind)},
        {QStringLiteral("section"), p.section},
        {QStringLiteral("page"), p.page},
        {QStringLiteral("text"), p.text},
        {QStringLiteral("footnotes"), footnotesJson(p.text, p.footnotes)},
        {QStringLiteral("links"), linksJson(p.links)},
    };
}

QStringList importWarnings(const Workflow::ImportSummary &s)
{
    QStringList warnings = s.warnings;
    if (s.orphanedCodings > 0)
        warnings.append(QStringLiteral("%1 coding(s) no longer find their text and are kept as "
                                       "orphaned: see `codings`")
                            .arg(s.orphanedCodings));
    return warnings;
}

QJsonObject importSummaryJson(const Workflow::ImportSummary &s)
{
    return QJsonObject{
        {QStringLiteral("source"), s.sourcePath},
        {QStringLiteral("document"), s.symbol},
        {QStringLiteral("symbol_provisional"), s.symbolProvisional},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("encoding"), s.encoding},
        {QStringLiteral("outcome"), Workflow::outcomeName(s.outcome)},
        {QStringLiteral("submissions"), s.submissions},
        {QStringLiteral("paragraphs"), s.paragraphs},
        {QStringLiteral("pages"), s.pages},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(importWarnings(s))},
        {QStringLiteral("orphaned_codings"), s.orphanedCodings},
    };
}

} // namespace Rapporteur::Cli
