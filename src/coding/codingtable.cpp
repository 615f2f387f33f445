#include "codingtable.h"

#include "common/csv.h"

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

// A field's text as the CSV shows it: booleans as words, ids as integers, null as empty.
QString fieldText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QByteArray codingsToCsv(const QList<CodingRecord> &codings)
{
    const QStringList columns = codingColumns();
    // UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese right.
    QString out = QChar(0xFEFF) + csvRow(columns);
    for (const CodingRecord &c : codings) {
        const QJsonObject o = codingToJson(c);
        QStringList fields;
        for (const QString &column : columns)
            fields.append(fieldText(o.value(column)));
        out += csvRow(fields);
    }
    return out.toUtf8();
}

} // namespace Rapporteur::Coding
