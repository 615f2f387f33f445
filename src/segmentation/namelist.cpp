#include "namelist.h"

#include <QRegularExpression>

namespace Rapporteur::Segmentation {

namespace {

// A name as the list writes it, resolved; "the Russian Federation" in running text is the Russian
// Federation (the language's article before a name is tried without).
std::optional<NamedEntity> resolveName(const QString &name,
                                       const ReferenceData::EntityRegistry &entities,
                                       const Text::LanguageRules &language)
{
    if (const auto e = entities.resolve(name))
        return NamedEntity{name, e->code};
    if (const auto m = Text::LanguageRules::firstMatch(language.namePrefix, name);
        m.hasMatch() && m.capturedStart() == 0) {
        const QString bare = name.mid(m.capturedEnd());
        if (const auto e = entities.resolve(bare))
            return NamedEntity{bare, e->code};
    }
    return std::nullopt;
}

// "甲和乙" where 甲 and 乙 are both names, but 甲和乙 is not; "Trinidad and Tobago and Zimbabwe"
// is tried at each conjunction in turn.
QList<NamedEntity> splitConjunction(const QString &item,
                                    const ReferenceData::EntityRegistry &entities,
                                    const Text::LanguageRules &language)
{
    auto it = language.nameConjunction.globalMatch(item);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto a = resolveName(item.left(m.capturedStart()).trimmed(), entities, language);
        const auto b = resolveName(item.mid(m.capturedEnd()).trimmed(), entities, language);
        if (a && b)
            return {*a, *b};
    }
    return {};
}

} // namespace

QList<NamedEntity> readNameList(const QString &text, const ReferenceData::EntityRegistry &entities,
                                const Text::LanguageRules &language)
{
    static const QRegularExpression edges(QStringLiteral(R"(^[\s:：]+|[\s。.；;]+$)"));
    QList<NamedEntity> out;
    for (QString item : text.split(language.nameSeparator, Qt::SkipEmptyParts)) {
        item.remove(edges);
        // In a language written without spaces, names were joined across line breaks without
        // them and any space left is layout; elsewhere a space is part of the name.
        if (language.namesKeepSpaces)
            item = item.simplified();
        else
            item.remove(QLatin1Char(' '));
        if (item.isEmpty())
            continue;
        if (const auto name = resolveName(item, entities, language)) {
            out.append(*name);
            continue;
        }
        if (const auto pair = splitConjunction(item, entities, language); !pair.isEmpty()) {
            out += pair;
            continue;
        }
        out.append(NamedEntity{item, {}});
    }
    return out;
}

} // namespace Rapporteur::Segmentation
