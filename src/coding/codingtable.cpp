#include "codingtable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Rapporteur::Coding {

using Storage::CodingRecord;

QStringList codingColumns()
{
    return {QStringLiteral("id"),        QStringLiteral("document"), QStringLiteral("entity"),
            QStringLiteral("paragraph"), QStringLiteral("page"),     QStringLiteral("start"),
            QStringLiteral("end"),       QStringLiteral("quote"),    QStringLiteral("code"),
            QStringLiteral("coder"),     QStringLiteral("created"),  QStringLiteral("memo"),
            QStringLiteral("orphaned")};
}

QJsonObject codingToJson(const CodingRecord &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("document"), c.anchor.documentSymbol);
    o.insert(QStringLiteral("entity"),
             c.entityCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.entityCode));
    o.insert(QStringLiteral("paragraph"), c.anchor.paragraphId);
    o.insert(QStringLiteral("page"), c.page);
    o.insert(QStringLiteral("start"), c.anchor.start);
    o.insert(QStringLiteral("end"), c.anchor.end);
    o.insert(QStringLiteral("quote"), c.anchor.quote);
    o.insert(QStringLiteral("code"), c.codePath);
    o.insert(QStringLiteral("coder"), c.coder);
    o.insert(QStringLiteral("created"), c.createdAt);
    o.insert(QStringLiteral("memo"), c.memo);
    o.insert(QStringLiteral("orphaned"), c.anchor.orphaned);
    return o;
}

QByteArray codingsToJson(const QList<CodingRecord> &codings)
{
    QJsonArray array;
    for (const CodingRecord &c : codings)
        array.append(codingToJson(c));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

namespace {

QString csvField(const QJsonValue &value)
{
    QString text;
    if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toInteger());
    else
        text = value.toString(); // null: empty
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return special.contains(ch); }))
        return QLatin1Char('"') +
               QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

QByteArray codingsToCsv(const QList<CodingRecord> &codings)
{
    const QStringList columns = codingColumns();
    QString out = QChar(0xFEFF) + columns.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const CodingRecord &c : codings) {
        const QJsonObject o = codingToJson(c);
        QStringList fields;
        for (const QString &column : columns)
            fields.append(csvField(o.value(column)));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace Rapporteur::Coding
