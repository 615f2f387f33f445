#pragma once

#include "common/paragraph.h"
#include "referencedata/termdictionary.h"
#include "referencedata/termscanner.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Analysis {

enum class TargetKind
{
    Document,   // a UN document, by its canonical symbol
    Instrument, // a treaty, regime or organisation of data/instruments.tsv, by its id
};
QString targetKindName(TargetKind kind); // "document", "instrument"
std::optional<TargetKind> targetKindFromName(QStringView name);

enum class ReferencePlace
{
    Text,
    Footnote,
    Link,
};
QString referencePlaceName(ReferencePlace place); // "text", "footnote", "link"
std::optional<ReferencePlace> referencePlaceFromName(QStringView name);

// One thing a paragraph cites in one place of it, and how many times it is named there.
struct Reference
{
    TargetKind kind = TargetKind::Document;
    QString target;
    ReferencePlace place = ReferencePlace::Text;
    int mentions = 1;
    bool operator==(const Reference &) const = default;
};

// Reads what a paragraph cites: the documents named in its text and footnotes in any citation form
// (Text::findSymbolCitations) and by its links, and the treaties, regimes and organisations named
// in its text and footnotes (longest alias first, so "导弹技术控制制度" is one MTCR and a treaty
// named as 《不扩散核武器条约》 and as 《不扩散条约》 is one NPT with two mentions). Names inside a
// document symbol do not count ("BWC/CONF.IX/PC/WP.9" cites a document, not the BWC). Generic
// back-references (《条约》, 《公约》, "该集团") name nothing by themselves and are not read.
class ReferenceExtractor final
{
public:
    explicit ReferenceExtractor(const ReferenceData::TermDictionary &dictionary);
    // Over the built-in dictionary.
    static const ReferenceExtractor &builtIn();

    // Ordered by kind, target, then place (text, footnote, link).
    QList<Reference> extract(const QString &text, const QList<Footnote> &footnotes,
                             const QList<Link> &links) const;

    // What extract() depends on: its rules' version and the dictionary's fingerprint. References
    // stored with another source are stale.
    QString source() const;

private:
    const ReferenceData::TermDictionary &m_dictionary;
    ReferenceData::TermScanner m_instruments;
};

} // namespace Rapporteur::Analysis
