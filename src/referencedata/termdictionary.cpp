#include "termdictionary.h"

#include "common/enumnames.h"
#include "text/builtinresource.h"
#include "text/matchingkey.h"
#include "text/tsvtable.h"

#include <QCryptographicHash>

namespace Rapporteur::ReferenceData {

namespace {

// An alias in book-title marks counts only inside them; as a name to look up, the marks go.
QString bare(const QString &name)
{
    if (name.startsWith(QChar(0x300A)) && name.endsWith(QChar(0x300B)))
        return name.mid(1, name.size() - 2);
    return name;
}

} // namespace

QString termKindName(TermKind kind)
{
    switch (kind) {
    case TermKind::Treaty:
        return QStringLiteral("treaty");
    case TermKind::Regime:
        return QStringLiteral("regime");
    case TermKind::Organisation:
        return QStringLiteral("organisation");
    case TermKind::Term:
        break;
    }
    return QStringLiteral("term");
}

std::optional<TermKind> termKindFromName(QStringView name)
{
    return valueNamed(name,
                      {TermKind::Treaty, TermKind::Regime, TermKind::Organisation, TermKind::Term},
                      termKindName);
}

const TermDictionary &TermDictionary::builtIn()
{
    static const TermDictionary dictionary = [] {
        auto parsed =
            fromTsv({Text::readBuiltInResource(QStringLiteral(":/rapporteur/data/instruments.tsv")),
                     Text::readBuiltInResource(QStringLiteral(":/rapporteur/data/terms.tsv"))});
        if (!parsed)
            qFatal("the built-in dictionary is invalid: %s",
                   qPrintable(parsed.error().userMessage));
        return std::move(parsed).value();
    }();
    return dictionary;
}

Result<TermDictionary> TermDictionary::fromTsv(const QStringList &tables)
{
    TermDictionary dictionary;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &tsv : tables) {
        hash.addData(tsv.toUtf8());
        for (const Text::TsvRow &row : Text::tsvRows(tsv)) {
            const QStringView line = row.text;
            const QList<QStringView> &fields = row.fields;
            const auto kind = fields.size() >= 4 ? termKindFromName(fields[1]) : std::nullopt;
            if (!kind || fields[0].isEmpty() || fields[3].isEmpty()) {
                return Error{ErrorCode::InvalidInput,
                             QStringLiteral("dictionary line %1 is malformed").arg(row.line),
                             line.toString()};
            }
            DictionaryEntry entry{
                fields[0].toString(), *kind, fields[2].toString(), fields[3].toString(), {}};
            if (fields.size() > 4) {
                for (QStringView alias : fields[4].split(QLatin1Char('|'), Qt::SkipEmptyParts))
                    entry.aliases.append(alias.trimmed().toString());
            }
            if (auto added = dictionary.add(std::move(entry), row.line); !added)
                return added.error();
        }
    }
    dictionary.m_fingerprint = QString::fromLatin1(hash.result().toHex());
    return dictionary;
}

Status TermDictionary::add(DictionaryEntry entry, qsizetype line)
{
    const qsizetype index = m_entries.size();
    QStringList names{entry.id, entry.nameEn, entry.nameZh};
    names += entry.aliases;
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty())
            continue;
        const QString key = Text::matchingKey(bare(name));
        const auto existing = m_byKey.constFind(key);
        if (existing != m_byKey.cend() && *existing != index) {
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("dictionary line %1: the name %2 is already used by %3")
                             .arg(line)
                             .arg(name, m_entries[*existing].id),
                         {}};
        }
        m_byKey.insert(key, index);
    }
    m_entries.append(std::move(entry));
    return success();
}

std::optional<DictionaryEntry> TermDictionary::resolve(QStringView name) const
{
    const auto it = m_byKey.constFind(Text::matchingKey(bare(name.trimmed().toString())));
    if (it == m_byKey.cend())
        return std::nullopt;
    return m_entries[*it];
}

std::optional<DictionaryEntry> TermDictionary::byId(const QString &id) const
{
    for (const DictionaryEntry &e : m_entries) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

} // namespace Rapporteur::ReferenceData
