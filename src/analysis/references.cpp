#include "references.h"

#include "common/enumnames.h"
#include "text/documentsymbol.h"
#include "text/symbolcitations.h"

#include <map>
#include <tuple>

namespace Rapporteur::Analysis {

namespace {

// Raise when extraction rules change: every stored reference is then computed again.
constexpr int kRulesVersion = 1;

// Stands in for a span already read as a symbol: neither white space (which the instrument scan
// skips, so that names on both sides of it could join) nor part of any name.
constexpr char16_t kReadMark = u'\uFFFC';

using Key = std::tuple<TargetKind, QString, ReferencePlace>;

} // namespace

QString targetKindName(TargetKind kind)
{
    return kind == TargetKind::Document ? QStringLiteral("document") : QStringLiteral("instrument");
}

std::optional<TargetKind> targetKindFromName(QStringView name)
{
    return valueNamed(name, {TargetKind::Document, TargetKind::Instrument}, targetKindName);
}

QString referencePlaceName(ReferencePlace place)
{
    switch (place) {
    case ReferencePlace::Text:
        return QStringLiteral("text");
    case ReferencePlace::Footnote:
        return QStringLiteral("footnote");
    case ReferencePlace::Link:
        break;
    }
    return QStringLiteral("link");
}

std::optional<ReferencePlace> referencePlaceFromName(QStringView name)
{
    return valueNamed(name, {ReferencePlace::Text, ReferencePlace::Footnote, ReferencePlace::Link},
                      referencePlaceName);
}

ReferenceExtractor::ReferenceExtractor(const ReferenceData::TermDictionary &dictionary)
    : m_dictionary(dictionary),
      m_instruments(dictionary,
                    [](const ReferenceData::DictionaryEntry &e) { return e.isInstrument(); })
{
}

const ReferenceExtractor &ReferenceExtractor::builtIn()
{
    static const ReferenceExtractor extractor(ReferenceData::TermDictionary::builtIn());
    return extractor;
}

QList<Reference> ReferenceExtractor::extract(const QString &text, const QList<Footnote> &footnotes,
                                             const QList<Link> &links) const
{
    std::map<Key, int> counts;
    const auto read = [&](const QString &written, ReferencePlace place) {
        QString rest = written;
        for (const Text::SymbolCitation &c : Text::findSymbolCitations(written)) {
            ++counts[{TargetKind::Document, c.symbol, place}];
            rest.replace(c.start, c.length, QString(c.length, QChar(kReadMark)));
        }
        const auto &entries = m_dictionary.entries();
        for (const ReferenceData::TermMatch &m : m_instruments.scan(rest))
            ++counts[{TargetKind::Instrument, entries[m.entry].id, place}];
    };
    read(text, ReferencePlace::Text);
    for (const Footnote &f : footnotes)
        read(f.text, ReferencePlace::Footnote);
    for (const Link &l : links) {
        QString symbol = Text::symbolFromLink(l.target);
        if (symbol.isEmpty())
            symbol = Text::canonicalSymbol(l.symbol);
        if (!symbol.isEmpty())
            ++counts[{TargetKind::Document, symbol, ReferencePlace::Link}];
    }

    QList<Reference> references;
    references.reserve(static_cast<qsizetype>(counts.size()));
    for (const auto &[key, n] : counts)
        references.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
    return references;
}

QString ReferenceExtractor::source() const
{
    return QStringLiteral("rules %1, dictionary %2")
        .arg(kRulesVersion)
        .arg(m_dictionary.fingerprint());
}

} // namespace Rapporteur::Analysis
