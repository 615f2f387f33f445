#include "columncodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Rapporteur::Storage::ColumnCodec {

std::optional<QString> nullIfEmpty(const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

std::optional<QString> encodeLanguages(const QStringList &languages)
{
    return nullIfEmpty(languages.join(QLatin1Char(',')));
}

QStringList decodeLanguages(const QString &column)
{
    return column.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

std::optional<QString> encodeDate(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate);
}

QDate decodeDate(const QString &column)
{
    return column.isEmpty() ? QDate() : QDate::fromString(column, Qt::ISODate);
}

QString encodeOffsets(const QList<int> &offsets)
{
    QStringList parts;
    parts.reserve(offsets.size());
    for (int offset : offsets)
        parts.append(QString::number(offset));
    return parts.join(QLatin1Char(','));
}

QList<int> decodeOffsets(const QString &column)
{
    QList<int> offsets;
    const auto parts = QStringView(column).split(QLatin1Char(','), Qt::SkipEmptyParts);
    offsets.reserve(parts.size());
    for (const QStringView part : parts)
        offsets.append(part.toInt());
    return offsets;
}

QString encodeStrings(const QStringList &strings)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

QStringList decodeStrings(const QString &column)
{
    QStringList strings;
    const QJsonArray array = QJsonDocument::fromJson(column.toUtf8()).array();
    for (const QJsonValue &value : array)
        strings.append(value.toString());
    return strings;
}

} // namespace Rapporteur::Storage::ColumnCodec
