#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Rapporteur::ReferenceData {

enum class TermKind
{
    Treaty,       // 《不扩散核武器条约》
    Regime,       // export control regimes and codes: 导弹技术控制制度
    Organisation, // 国际原子能机构
    Term,         // recurring terms: 大规模毁灭性武器, 出口管制
};

QString termKindName(TermKind kind); // "treaty", "regime", "organisation", "term"
std::optional<TermKind> termKindFromName(QStringView name);

// One row of data/instruments.tsv or data/terms.tsv.
struct DictionaryEntry
{
    QString id; // "MTCR", "WMD"
    TermKind kind = TermKind::Term;
    QString nameEn;
    QString nameZh;      // the UN Chinese form
    QStringList aliases; // Chinese and English; "《不扩散条约》" only counts inside 《》
    // Treaties, regimes and organisations: what a text can cite. Terms are vocabulary.
    bool isInstrument() const { return kind != TermKind::Term; }
    bool operator==(const DictionaryEntry &) const = default;
};

// The UN-terms dictionary: treaties, regimes, organisations (data/instruments.tsv) and recurring
// terms (data/terms.tsv), looked up by id, name or alias with the entity table's matching key
// (NFKC, case and white space folded). No name may belong to two entries.
class TermDictionary final
{
public:
    // The tables compiled into the program.
    static const TermDictionary &builtIn();
    // Parses tables in the format of data/instruments.tsv (a header line, then id, kind, name_en,
    // name_zh, aliases separated by |); an error names the first bad line or repeated name.
    static Result<TermDictionary> fromTsv(const QStringList &tables);

    const QList<DictionaryEntry> &entries() const { return m_entries; }
    std::optional<DictionaryEntry> resolve(QStringView name) const;
    std::optional<DictionaryEntry> byId(const QString &id) const;
    // SHA-1 of the tables: what is derived from the dictionary and stored records it, so that an
    // edited dictionary shows which stored results are stale.
    QString fingerprint() const { return m_fingerprint; }

private:
    Status add(DictionaryEntry entry, qsizetype line);

    QList<DictionaryEntry> m_entries;
    QHash<QString, qsizetype> m_byKey; // matching key of every id, name, alias → entry index
    QString m_fingerprint;
};

} // namespace Rapporteur::ReferenceData
