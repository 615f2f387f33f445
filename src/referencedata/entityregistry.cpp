#include "entityregistry.h"

#include "common/enumnames.h"
#include "text/builtinresource.h"
#include "text/matchingkey.h"
#include "text/tsvtable.h"

#include <algorithm>

namespace Rapporteur::ReferenceData {

namespace {
std::optional<EntityKind> kindFromName(QStringView name)
{
    return valueNamed(name,
                      {EntityKind::MemberState, EntityKind::ObserverState, EntityKind::Organisation,
                       EntityKind::FormerMemberState},
                      entityKindName);
}
QStringList listField(const QList<QStringView> &fields, qsizetype index)
{
    QStringList values;
    if (index < fields.size() && !fields[index].isEmpty()) {
        for (QStringView value : fields[index].split(QLatin1Char('|')))
            values.append(value.trimmed().toString());
    }
    return values;
}

// Columns: code, kind, name_en, name_zh, aliases_zh, iso2, aliases_en, successors, until,
// other_codes. The last six may be missing (or empty) on a line.
enum Column : qsizetype
{
    AliasesZh = 4,
    Iso2 = 5,
    AliasesEn = 6,
    Successors = 7,
    Until = 8,
    OtherCodes = 9,
};
} // namespace

const EntityRegistry &EntityRegistry::builtIn()
{
    static const EntityRegistry registry = [] {
        auto parsed =
            fromTsv(Text::readBuiltInResource(QStringLiteral(":/rapporteur/data/entities.tsv")));
        if (!parsed)
            qFatal("the built-in entity table is invalid: %s",
                   qPrintable(parsed.error().userMessage));
        return std::move(parsed).value();
    }();
    return registry;
}

Result<EntityRegistry> EntityRegistry::fromTsv(const QString &tsv)
{
    EntityRegistry registry;
    for (const Text::TsvRow &row : Text::tsvRows(tsv)) {
        const qsizetype lineNumber = row.line;
        const QStringView line = row.text;
        const QList<QStringView> &fields = row.fields;
        const auto kind = fields.size() >= 4 ? kindFromName(fields[1]) : std::nullopt;
        if (!kind) {
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("entity table line %1 is malformed").arg(lineNumber),
                         line.toString()};
        }
        Entity e;
        e.code = fields[0].toString();
        e.kind = *kind;
        e.nameEn = fields[2].toString();
        e.nameZh = fields[3].toString();
        e.aliasesZh = listField(fields, AliasesZh);
        // A plain string: Namibia's alpha-2 is "NA", which is a code here, never "no value".
        e.iso2 = fields.size() > Iso2 ? fields[Iso2].trimmed().toString() : QString();
        e.aliasesEn = listField(fields, AliasesEn);
        e.successors = listField(fields, Successors);
        if (fields.size() > Until && !fields[Until].trimmed().isEmpty()) {
            e.until = QDate::fromString(fields[Until].trimmed().toString(), Qt::ISODate);
            if (!e.until.isValid()) {
                return Error{
                    ErrorCode::InvalidInput,
                    QStringLiteral("entity table line %1: until is not a date").arg(lineNumber),
                    line.toString()};
            }
        }
        e.otherCodes = listField(fields, OtherCodes);
        const qsizetype index = registry.m_entities.size();
        QStringList names{e.code, e.nameEn, e.nameZh};
        names += e.aliasesZh;
        names += e.aliasesEn;
        QStringList codes{e.code, e.iso2};
        codes += e.otherCodes;
        for (const QString &code : codes) {
            if (!code.isEmpty())
                registry.m_byVoteCode[code.toUpper()].append(index);
        }
        for (const QString &name : names) {
            const QString key = Text::matchingKey(name);
            const auto existing = registry.m_byKey.constFind(key);
            if (existing != registry.m_byKey.cend() && *existing != index) {
                return Error{ErrorCode::InvalidInput,
                             QStringLiteral("entity table line %1: the name %2 is already used")
                                 .arg(lineNumber)
                                 .arg(name),
                             {}};
            }
            registry.m_byKey.insert(key, index);
        }
        registry.m_entities.append(std::move(e));
    }
    return registry;
}

std::optional<Entity> EntityRegistry::resolve(QStringView name) const
{
    const auto it = m_byKey.constFind(Text::matchingKey(name));
    if (it == m_byKey.cend())
        return std::nullopt;
    return m_entities[*it];
}

std::optional<Entity> EntityRegistry::byCode(const QString &code) const
{
    for (const Entity &e : m_entities) {
        if (e.code.compare(code, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

std::optional<Entity> EntityRegistry::byVoteCode(const QString &code, QDate day) const
{
    const auto found = m_byVoteCode.constFind(code.toUpper());
    if (found == m_byVoteCode.cend())
        return std::nullopt;
    const Entity *best = nullptr;
    for (const qsizetype index : *found) {
        const Entity &e = m_entities[index];
        if (e.until.isValid() && day.isValid() && e.until <= day)
            continue; // gone by that day
        // A current entity (no end) ranks after every one that ended.
        if (!best || (e.until.isValid() && (!best->until.isValid() || e.until < best->until)))
            best = &e;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

QList<QDate> EntityRegistry::voteCodeEndDates(const QString &code) const
{
    QList<QDate> days;
    for (const qsizetype index : m_byVoteCode.value(code.toUpper())) {
        if (m_entities[index].until.isValid())
            days.append(m_entities[index].until);
    }
    std::sort(days.begin(), days.end());
    return days;
}

QList<Entity> EntityRegistry::memberStates() const
{
    QList<Entity> members;
    for (const Entity &e : m_entities) {
        if (e.kind == EntityKind::MemberState)
            members.append(e);
    }
    return members;
}

std::optional<std::pair<Entity, qsizetype>> EntityRegistry::longestPrefix(QStringView text) const
{
    // Names are short (≤ 20 characters), so trying each prefix length is cheap and exact.
    std::optional<std::pair<Entity, qsizetype>> best;
    const qsizetype limit = std::min<qsizetype>(text.size(), 40);
    for (qsizetype n = 1; n <= limit; ++n) {
        const auto it = m_byKey.constFind(Text::matchingKey(text.left(n)));
        if (it != m_byKey.cend())
            best = std::make_pair(m_entities[*it], n);
    }
    return best;
}

} // namespace Rapporteur::ReferenceData
