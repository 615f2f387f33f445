#include "referencesdata.h"

#include "referencedata/termscanner.h"
#include "storage/corpusrepository.h"
#include "text/symbolcitations.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace Rapporteur::Gui {

namespace {

using Analysis::ReferencePlace;
using Analysis::TargetKind;

constexpr qsizetype kBefore = 24;       // characters of context before the naming
constexpr qsizetype kAfter = 48;        // and after it
constexpr qsizetype kPlain = 80;        // an excerpt with no naming to centre on
constexpr qsizetype kContext = 400;     // the tooltip's text
constexpr char16_t kMasked = u'\uFFFC'; // as analysis/references masks symbols

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// A cut must not split a surrogate pair, or the snippet would end in a broken character.
qsizetype clampCut(const QString &text, qsizetype at)
{
    if (at > 0 && at < text.size() && text.at(at).isLowSurrogate())
        ++at;
    return at;
}

QString plainStart(const QString &text, qsizetype size)
{
    if (text.size() <= size)
        return text.simplified();
    return text.left(clampCut(text, size)).simplified() + QStringLiteral("…");
}

QString around(const QString &text, Span span)
{
    const qsizetype from = clampCut(text, std::max<qsizetype>(0, span.start - kBefore));
    const qsizetype end = span.start + span.length;
    const qsizetype to = clampCut(text, std::min(text.size(), end + kAfter));
    QString out;
    if (from > 0)
        out += QStringLiteral("…");
    out += text.mid(from, span.start - from) + QStringLiteral("【") +
           text.mid(span.start, span.length) + QStringLiteral("】") + text.mid(end, to - end);
    if (to < text.size())
        out += QStringLiteral("…");
    return out.simplified();
}

// The first naming of the target in text, read by the same rules the index was built with: a
// symbol in any citation form, or an instrument's name outside any symbol (so "BWC/CONF.IX" is
// not the BWC), as analysis/references reads them.
std::optional<Span> findNaming(const QString &text, TargetKind kind, const QString &target)
{
    const QList<Text::SymbolCitation> symbols = Text::findSymbolCitations(text);
    if (kind == TargetKind::Document) {
        for (const Text::SymbolCitation &c : symbols) {
            if (c.symbol == target)
                return Span{c.start, c.length};
        }
        return std::nullopt;
    }
    QString masked = text;
    for (const Text::SymbolCitation &c : symbols)
        std::fill_n(masked.begin() + c.start, c.length, QChar(kMasked));
    const auto &dictionary = ReferenceData::TermDictionary::builtIn();
    static const ReferenceData::TermScanner scanner(
        dictionary, [](const ReferenceData::DictionaryEntry &e) { return e.isInstrument(); });
    for (const ReferenceData::TermMatch &m : scanner.scan(masked)) {
        if (dictionary.entries().at(m.entry).id == target)
            return Span{m.start, m.length};
    }
    return std::nullopt;
}

} // namespace

CitationExcerpt citationExcerpt(const Storage::ParagraphRecord &paragraph, TargetKind kind,
                                const QString &target, ReferencePlace place)
{
    CitationExcerpt out;
    out.context = plainStart(paragraph.text, kContext);
    switch (place) {
    case ReferencePlace::Text:
        if (const auto span = findNaming(paragraph.text, kind, target))
            out.snippet = around(paragraph.text, *span);
        break;
    case ReferencePlace::Footnote:
        for (const Footnote &f : paragraph.footnotes) {
            if (const auto span = findNaming(f.text, kind, target)) {
                out.snippet = around(f.text, *span);
                out.footnoteMarker = f.marker;
                out.context = plainStart(f.text, kContext);
                break;
            }
        }
        break;
    case ReferencePlace::Link:
        // A link has no words of its own around it: its address, then how the paragraph begins.
        for (const Link &l : paragraph.links) {
            if (l.symbol == target) {
                out.snippet =
                    QStringLiteral("【%1】 %2").arg(l.target, plainStart(paragraph.text, kBefore));
                break;
            }
        }
        break;
    }
    if (out.snippet.isEmpty()) // stored by other rules than these: still show the passage
        out.snippet = plainStart(paragraph.text, kPlain);
    return out;
}

Result<ReferencesData> readReferences(Storage::Database &db)
{
    auto targets = Analysis::readCitedTargets(db);
    if (!targets)
        return targets.error();
    auto matrix = Analysis::readInstrumentMatrix(db);
    if (!matrix)
        return matrix.error();
    ReferencesData data;
    data.targets = std::move(*targets);
    data.matrix = std::move(*matrix);

    // Paragraphs are read a document at a time (the repository's unit); only the cited ones
    // are kept.
    QHash<QString, QSet<qint64>> wanted;
    for (const Analysis::CitedTarget &t : std::as_const(data.targets)) {
        for (const Analysis::Citation &c : t.citations)
            wanted[c.document].insert(c.paragraph);
    }
    QHash<qint64, Storage::ParagraphRecord> paragraphs;
    Storage::CorpusRepository corpus(db);
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        auto read = corpus.paragraphsOfDocument(it.key());
        if (!read)
            return read.error();
        for (Storage::ParagraphRecord &p : *read) {
            if (it.value().contains(p.id))
                paragraphs.insert(p.id, std::move(p));
        }
    }
    for (const Analysis::CitedTarget &t : std::as_const(data.targets)) {
        QList<CitationExcerpt> excerpts;
        excerpts.reserve(t.citations.size());
        for (const Analysis::Citation &c : t.citations)
            excerpts.append(
                citationExcerpt(paragraphs.value(c.paragraph), t.kind, t.target, c.place));
        data.excerpts.append(std::move(excerpts));
    }
    return data;
}

} // namespace Rapporteur::Gui
