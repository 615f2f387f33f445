#include "namelist.h"

#include <QRegularExpression>

namespace Rapporteur::Segmentation {

namespace {

// "甲和乙" where 甲 and 乙 are both names, but 甲和乙 is not.
QList<NamedEntity> splitConjunction(const QString &item, const EntityRegistry &entities)
{
    static const QRegularExpression conjunction(QStringLiteral("和|及|以及"));
    auto it = conjunction.globalMatch(item);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString left = item.left(m.capturedStart()).trimmed();
        const QString right = item.mid(m.capturedEnd()).trimmed();
        const auto a = entities.resolve(left);
        const auto b = entities.resolve(right);
        if (a && b)
            return {NamedEntity{left, a->code}, NamedEntity{right, b->code}};
    }
    return {};
}

} // namespace

QList<NamedEntity> readNameList(const QString &text, const EntityRegistry &entities)
{
    static const QRegularExpression separators(QStringLiteral("[、，,;；]"));
    static const QRegularExpression edges(QStringLiteral(R"(^[\s:：]+|[\s。.；;]+$)"));
    QList<NamedEntity> out;
    for (QString item : text.split(separators, Qt::SkipEmptyParts)) {
        item.remove(edges);
        // Names were joined across line breaks without spaces; any space left is layout.
        item.remove(QLatin1Char(' '));
        if (item.isEmpty())
            continue;
        if (const auto e = entities.resolve(item)) {
            out.append(NamedEntity{item, e->code});
            continue;
        }
        if (const auto pair = splitConjunction(item, entities); !pair.isEmpty()) {
            out += pair;
            continue;
        }
        out.append(NamedEntity{item, {}});
    }
    return out;
}

} // namespace Rapporteur::Segmentation
