#include "paragraphkey.h"

#include <QCryptographicHash>
#include <QHash>

namespace Rapporteur::Storage {

QStringList paragraphKeys(const QList<Paragraph> &paragraphs)
{
    QStringList keys;
    keys.reserve(paragraphs.size());
    QHash<QByteArray, int> seen;
    for (const Paragraph &paragraph : paragraphs) {
        const QString identity = paragraphKindName(paragraph.kind) + QChar(0x1F) + paragraph.text;
        const QByteArray hash =
            QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex();
        const int occurrence = seen[hash]++;
        keys.append(QString::fromLatin1(hash) + QLatin1Char('#') + QString::number(occurrence));
    }
    return keys;
}

} // namespace Rapporteur::Storage
