#include "paragraphspans.h"

#include "gui/common/guilogging.h"
#include "paragraphhtml.h"

#include "text/offsets.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {

bool isNoteMarker(const QTextCharFormat &format)
{
    return format.isAnchor() && format.anchorHref().startsWith(QLatin1String("note:"));
}

// Whether the block holds a paragraph's anchor; its id, or 0.
qint64 paragraphOfBlock(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        for (const QString &name : it.fragment().charFormat().anchorNames()) {
            if (const qint64 id = ParagraphHtml::paragraphIdOf(name); id != 0)
                return id;
        }
    }
    return 0;
}

} // namespace

void ParagraphSpans::clear()
{
    m_entries.clear();
    m_entryOf.clear();
}

void ParagraphSpans::rebuild(const QTextDocument &document,
                             const QList<Storage::ParagraphRecord> &paragraphs)
{
    clear();
    QHash<qint64, const Storage::ParagraphRecord *> byId;
    for (const auto &paragraph : paragraphs)
        byId.insert(paragraph.id, &paragraph);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const qint64 id = paragraphOfBlock(block);
        const auto found = byId.constFind(id);
        if (found == byId.cend() || m_entryOf.contains(id))
            continue;
        Entry entry{id, block.position(), (*found)->text, {}, {}};
        if (!lineUp(block, entry)) {
            qCWarning(lcGui) << "paragraph" << id << "is shown differently from its text;"
                             << "it cannot be coded here";
            continue;
        }
        m_entryOf.insert(id, static_cast<int>(m_entries.size()));
        m_entries.append(std::move(entry));
    }
}

// Walks the block's characters and the stored text together. Marker characters belong to no
// text; a run of white space in the text may be one space in the block (HTML collapses it) or
// none at all (at the start or end of the block).
bool ParagraphSpans::lineUp(const QTextBlock &block, Entry &entry)
{
    const QString &text = entry.text;
    const int n = static_cast<int>(text.size());
    entry.indexOfChar = QList<int>(std::max(block.length() - 1, 0), -1);
    entry.charOfIndex = QList<int>(n, -1);
    const auto skipSpaces = [&](int j) {
        while (j < n && text.at(j).isSpace())
            ++j;
        return j;
    };
    int j = 0;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (isNoteMarker(fragment.charFormat()))
            continue;
        const QString shown = fragment.text();
        const int base = fragment.position() - block.position();
        for (int k = 0; k < shown.size(); ++k) {
            const QChar c = shown.at(k);
            if (j < n && text.at(j) == c) {
                entry.indexOfChar[base + k] = j;
                entry.charOfIndex[j] = base + k;
                ++j;
                continue;
            }
            if (j < n && text.at(j).isSpace()) {
                const int run = j;
                j = skipSpaces(j);
                if (c == QLatin1Char(' ')) { // the run, collapsed
                    entry.indexOfChar[base + k] = run;
                    entry.charOfIndex[run] = base + k;
                    continue;
                }
                if (j < n && text.at(j) == c) { // the run, dropped
                    entry.indexOfChar[base + k] = j;
                    entry.charOfIndex[j] = base + k;
                    ++j;
                    continue;
                }
            }
            return false;
        }
    }
    return skipSpaces(j) == n;
}

QList<qint64> ParagraphSpans::paragraphIds() const
{
    QList<qint64> ids;
    ids.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        ids << entry.paragraphId;
    return ids;
}

int ParagraphSpans::codePointLength(qint64 paragraphId) const
{
    const auto found = m_entryOf.constFind(paragraphId);
    if (found == m_entryOf.cend())
        return 0;
    const QString &text = m_entries.at(*found).text;
    return static_cast<int>(Text::toCodePointOffset(text, text.size()));
}

QString ParagraphSpans::text(qint64 paragraphId) const
{
    const auto found = m_entryOf.constFind(paragraphId);
    return found == m_entryOf.cend() ? QString() : m_entries.at(*found).text;
}

int ParagraphSpans::startOffset(const Entry &entry, int utf16Index)
{
    for (int u = utf16Index; u < entry.charOfIndex.size(); ++u) {
        if (entry.charOfIndex.at(u) >= 0)
            return entry.charOfIndex.at(u);
    }
    return endOffset(entry, static_cast<int>(entry.charOfIndex.size()));
}

int ParagraphSpans::endOffset(const Entry &entry, int utf16Index)
{
    for (int u = utf16Index - 1; u >= 0; --u) {
        if (entry.charOfIndex.at(u) >= 0)
            return entry.charOfIndex.at(u) + 1;
    }
    return 0;
}

QList<TextSpan> ParagraphSpans::spansIn(int from, int to) const
{
    QList<TextSpan> spans;
    for (const Entry &entry : m_entries) {
        const int lo = std::max(from, entry.blockPosition) - entry.blockPosition;
        const int hi =
            std::min<int>(to, entry.blockPosition + static_cast<int>(entry.indexOfChar.size())) -
            entry.blockPosition;
        int first = -1;
        int last = -1;
        for (int k = lo; k < hi; ++k) {
            const int u = entry.indexOfChar.at(k);
            if (u < 0)
                continue;
            if (first < 0)
                first = u;
            last = u;
        }
        if (first < 0)
            continue;
        // Never half a surrogate pair: a character outside the BMP is coded whole or not at all.
        if (entry.text.at(first).isLowSurrogate() && first > 0)
            --first;
        int end = last + 1;
        if (entry.text.at(last).isHighSurrogate() && end < entry.text.size())
            ++end;
        spans.append({entry.paragraphId,
                      static_cast<int>(Text::toCodePointOffset(entry.text, first)),
                      static_cast<int>(Text::toCodePointOffset(entry.text, end))});
    }
    return spans;
}

std::optional<std::pair<int, int>> ParagraphSpans::positionsOf(const TextSpan &span) const
{
    const auto found = m_entryOf.constFind(span.paragraphId);
    if (found == m_entryOf.cend())
        return std::nullopt;
    const Entry &entry = m_entries.at(*found);
    const qsizetype length = Text::toCodePointOffset(entry.text, entry.text.size());
    if (span.start < 0 || span.end <= span.start || span.end > length)
        return std::nullopt;
    const int first =
        startOffset(entry, static_cast<int>(Text::toUtf16Offset(entry.text, span.start)));
    const int last = endOffset(entry, static_cast<int>(Text::toUtf16Offset(entry.text, span.end)));
    if (last <= first)
        return std::nullopt;
    return std::pair{entry.blockPosition + first, entry.blockPosition + last};
}

std::optional<std::pair<qint64, int>> ParagraphSpans::offsetAt(int position) const
{
    for (const Entry &entry : m_entries) {
        const int k = position - entry.blockPosition;
        if (k < 0 || k >= entry.indexOfChar.size())
            continue;
        const int u = entry.indexOfChar.at(k);
        if (u < 0)
            return std::nullopt;
        return std::pair{entry.paragraphId,
                         static_cast<int>(Text::toCodePointOffset(entry.text, u))};
    }
    return std::nullopt;
}

} // namespace Rapporteur::Gui
