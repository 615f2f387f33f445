#include "groups.h"

#include "common/enumnames.h"
#include "text/builtinresource.h"
#include "text/matchingkey.h"
#include "text/tsvtable.h"

namespace Rapporteur::Blocs {

namespace {

std::optional<GroupKind> builtInKindFromName(QStringView name)
{
    // Not GroupKind::User: "user" groups live in the database, never in a table.
    return valueNamed(name, {GroupKind::Regional, GroupKind::Other}, groupKindName);
}

Error badLine(qsizetype line, const QString &why)
{
    return Error{
        ErrorCode::InvalidInput, QStringLiteral("group table line %1: %2").arg(line).arg(why), {}};
}

} // namespace

QString groupKindName(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Regional:
        return QStringLiteral("regional");
    case GroupKind::Other:
        return QStringLiteral("other");
    case GroupKind::User:
        break;
    }
    return QStringLiteral("user");
}

const GroupTable &GroupTable::builtIn()
{
    static const GroupTable table = [] {
        auto parsed =
            fromTsv(Text::readBuiltInResource(QStringLiteral(":/rapporteur/data/groups.tsv")));
        if (!parsed)
            qFatal("the built-in group table is invalid: %s",
                   qPrintable(parsed.error().userMessage));
        return std::move(parsed).value();
    }();
    return table;
}

Result<GroupTable> GroupTable::fromTsv(const QString &tsv,
                                       const ReferenceData::EntityRegistry &registry)
{
    GroupTable table;
    for (const Text::TsvRow &row : Text::tsvRows(tsv)) {
        const qsizetype i = row.line - 1;
        const QList<QStringView> &fields = row.fields;
        const auto kind = fields.size() == 6 ? builtInKindFromName(fields[1]) : std::nullopt;
        if (!kind || fields[0].trimmed().isEmpty() || fields[2].trimmed().isEmpty())
            return badLine(i + 1, QStringLiteral("expected short, kind (regional or other), "
                                                 "name_en, name_zh, aliases, members"));
        Group group;
        group.shortName = fields[0].trimmed().toString();
        group.kind = *kind;
        group.nameEn = fields[2].trimmed().toString();
        group.nameZh = fields[3].trimmed().toString();
        for (QStringView alias : fields[4].split(QLatin1Char('|'), Qt::SkipEmptyParts))
            group.aliases.append(alias.trimmed().toString());
        for (QStringView code : fields[5].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto entity = registry.byCode(code.toString());
            if (!entity || entity->kind != EntityKind::MemberState)
                return badLine(i + 1, QStringLiteral("%1 is not a member state's code").arg(code));
            if (group.members.contains(entity->code))
                return badLine(i + 1, QStringLiteral("%1 is listed twice").arg(code));
            group.members.append(entity->code);
        }
        if (auto added = table.add(std::move(group), QStringLiteral("line %1").arg(i + 1)); !added)
            return added.error();
    }
    return table;
}

Result<GroupTable> GroupTable::fromGroups(const QList<Group> &groups)
{
    GroupTable table;
    for (const Group &g : groups) {
        if (auto added = table.add(g, g.shortName); !added)
            return added.error();
    }
    return table;
}

Status GroupTable::add(Group group, const QString &where)
{
    const qsizetype index = m_groups.size();
    QStringList names{group.shortName, group.nameEn, group.nameZh};
    names += group.aliases;
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty())
            continue;
        const QString key = Text::matchingKey(name);
        const auto existing = m_byKey.constFind(key);
        if (existing != m_byKey.cend() && *existing != index) {
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("the group name “%1” (%2) is already the name of %3")
                             .arg(name, where, m_groups[*existing].shortName),
                         {}};
        }
        m_byKey.insert(key, index);
    }
    m_groups.append(std::move(group));
    return success();
}

std::optional<Group> GroupTable::find(QStringView name) const
{
    const auto it = m_byKey.constFind(Text::matchingKey(name.trimmed()));
    if (it == m_byKey.cend())
        return std::nullopt;
    return m_groups[*it];
}

std::optional<Group> GroupTable::regionalGroupOf(const QString &code) const
{
    for (const Group &g : m_groups) {
        if (g.kind == GroupKind::Regional && g.contains(code))
            return g;
    }
    return std::nullopt;
}

} // namespace Rapporteur::Blocs
