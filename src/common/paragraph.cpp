#include "paragraph.h"

#include <array>
#include <utility>

namespace Rapporteur {

namespace {
constexpr std::array<std::pair<ParagraphKind, const char *>, 6> kKindNames{{
    {ParagraphKind::Title, "title"},
    {ParagraphKind::Section, "section"},
    {ParagraphKind::Group, "group"},
    {ParagraphKind::Heading, "heading"},
    {ParagraphKind::Body, "body"},
    {ParagraphKind::ListItem, "list_item"},
}};
} // namespace

QString paragraphKindName(ParagraphKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("body");
}

ParagraphKind paragraphKindFromName(const QString &name)
{
    for (const auto &[k, kindName] : kKindNames) {
        if (name == QLatin1String(kindName))
            return k;
    }
    return ParagraphKind::Body;
}

} // namespace Rapporteur
