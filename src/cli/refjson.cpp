#include "refjson.h"

#include "common/csv.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Rapporteur::Cli {

namespace {

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject citedTargetJson(const Analysis::CitedTarget &t)
{
    QJsonArray byEntity;
    for (const auto &c : t.byEntity)
        byEntity.append(QJsonObject{{QStringLiteral("code"), c.entity.code},
                                    {QStringLiteral("name_zh"), c.entity.nameZh},
                                    {QStringLiteral("name_en"), c.entity.nameEn},
                                    {QStringLiteral("paragraphs"), c.paragraphs},
                                    {QStringLiteral("mentions"), c.mentions}});
    QJsonArray citations;
    for (const auto &c : t.citations)
        citations.append(QJsonObject{
            {QStringLiteral("document"), c.document},
            {QStringLiteral("submission"), orNull(c.submission)},
            {QStringLiteral("entity"), c.entity ? QJsonValue(c.entity->code) : QJsonValue()},
            {QStringLiteral("paragraph"), c.paragraph},
            {QStringLiteral("page"), c.page},
            {QStringLiteral("where"), Analysis::referencePlaceName(c.place)},
            {QStringLiteral("mentions"), c.mentions}});
    const auto &instrument = t.instrument;
    return QJsonObject{
        {QStringLiteral("target"), t.target},
        {QStringLiteral("kind"), Analysis::targetKindName(t.kind)},
        {QStringLiteral("instrument_kind"),
         instrument ? QJsonValue(ReferenceData::termKindName(instrument->kind)) : QJsonValue()},
        {QStringLiteral("name_en"), instrument ? instrument->nameEn : QString()},
        {QStringLiteral("name_zh"), instrument ? instrument->nameZh : QString()},
        {QStringLiteral("aliases"),
         QJsonArray::fromStringList(instrument ? instrument->aliases : QStringList())},
        {QStringLiteral("title"), t.document ? QJsonValue(t.document->title) : QJsonValue()},
        {QStringLiteral("in_corpus"), t.document.has_value()},
        {QStringLiteral("document_id"),
         orNull(t.document ? std::optional<qint64>(t.document->id) : std::nullopt)},
        {QStringLiteral("paragraphs"), t.paragraphs},
        {QStringLiteral("mentions"), t.mentions},
        {QStringLiteral("by_entity"), byEntity},
        {QStringLiteral("citations"), citations},
    };
}

QJsonObject instrumentMatrixJson(const Analysis::InstrumentMatrix &m)
{
    QJsonArray instruments;
    for (const auto &i : m.instruments)
        instruments.append(
            QJsonObject{{QStringLiteral("id"), i.id},
                        {QStringLiteral("kind"), ReferenceData::termKindName(i.kind)},
                        {QStringLiteral("name_en"), i.nameEn},
                        {QStringLiteral("name_zh"), i.nameZh}});
    QJsonArray entities;
    for (const auto &e : m.entities)
        entities.append(QJsonObject{{QStringLiteral("code"), e.code},
                                    {QStringLiteral("name_zh"), e.nameZh},
                                    {QStringLiteral("name_en"), e.nameEn}});
    QJsonArray rows;
    for (const auto &cells : m.mentions) {
        QJsonArray row;
        for (int n : cells)
            row.append(n);
        rows.append(row);
    }
    return QJsonObject{{QStringLiteral("instruments"), instruments},
                       {QStringLiteral("entities"), entities},
                       {QStringLiteral("matrix"), rows}};
}

QString instrumentMatrixCsv(const Analysis::InstrumentMatrix &m)
{
    QStringList header{QStringLiteral("code"), QStringLiteral("name_en")};
    for (const auto &i : m.instruments)
        header.append(csvField(i.id));
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (qsizetype r = 0; r < m.entities.size(); ++r) {
        QStringList row{csvField(m.entities[r].code), csvField(m.entities[r].nameEn)};
        for (int n : m.mentions[r])
            row.append(QString::number(n));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace Rapporteur::Cli
