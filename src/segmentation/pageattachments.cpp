#include "pageattachments.h"

#include "footnotemarker.h"
#include "linkmention.h"

#include "text/charclass.h"
#include "text/documentsymbol.h"
#include "text/superscript.h"

#include <algorithm>

#include <QRegularExpression>
#include <QUrl>

namespace Rapporteur::Segmentation {

namespace {

// Takes text out of a block; the anchors of its notes after it move with the text.
void removeSpan(Block &block, qsizetype start, qsizetype length)
{
    block.text.remove(start, length);
    for (Footnote &f : block.footnotes) {
        if (f.anchor > start)
            f.anchor = static_cast<int>(std::max(start, f.anchor - length));
    }
}

// Takes a marker out of a block's text, with what stood only for it; returns where it stood.
qsizetype removeMarker(Block &block, qsizetype start, qsizetype length)
{
    const QString &text = block.text;
    removeSpan(block, start, length);
    // "¹,²": the comma between two raised markers goes with the first one taken out.
    const QString &raised = Text::raisedDigits();
    if (start + 1 < text.size() && text[start] == QLatin1Char(',') &&
        raised.contains(text[start + 1])) {
        removeSpan(block, start, 1);
    } else if (start > 1 && text[start - 1] == QLatin1Char(',') &&
               raised.contains(text[start - 2])) {
        removeSpan(block, start - 1, 1);
        --start;
    }
    // "清单。1 在" → "清单。在": the space stood between the marker and the next word.
    if (start > 0 && start + 1 < text.size() && text[start] == QLatin1Char(' ') &&
        Text::isCjk(text[start - 1].unicode()) && Text::isCjk(text[start + 1].unicode()))
        removeSpan(block, start, 1);
    return start;
}

// Where in a block's text the part on `page` lies; inside the text, which a marker taken out may
// have left shorter than the page starts say.
std::pair<qsizetype, qsizetype> pageRange(const Block &block, int page)
{
    const qsizetype size = block.text.size();
    const qsizetype from = std::min<qsizetype>(block.offsetOfPage(page), size);
    return {from, std::clamp<qsizetype>(block.offsetOfPage(page + 1), from, size)};
}

// Ways a text cites the document a link names: the full symbol, and for resolutions also the
// number alone, as Chinese text writes it ("第 76/234 号决议", "第 1540(2004)号决议"); for a
// link to no document, its host.
QStringList citedForms(const QString &target, const QString &symbol)
{
    if (symbol.isEmpty()) {
        const QString host = QUrl(target).host();
        if (host.isEmpty())
            return {};
        return {host.startsWith(QLatin1String("www.")) ? host.mid(4) : host};
    }
    QStringList forms{symbol};
    static const QRegularExpression resolution(QStringLiteral(R"(^[A-Z]+/RES/(.+)$)"));
    if (const auto m = resolution.match(symbol); m.hasMatch())
        forms.append(m.captured(1));
    return forms;
}

// Takes a pasted link target out of the text of the page's blocks; returns the block it was in.
std::optional<qsizetype> removePastedTarget(QList<Block> &blocks, qsizetype first, int page,
                                            const QString &target)
{
    for (qsizetype b = first; b < blocks.size(); ++b) {
        const auto [from, to] = pageRange(blocks[b], page);
        if (const auto found = findPastedTarget(blocks[b].text, from, to, target)) {
            removeSpan(blocks[b], found->start, found->length);
            return b;
        }
    }
    return std::nullopt;
}

bool mentions(const QStringList &citedForms, QStringView text)
{
    return std::any_of(citedForms.cbegin(), citedForms.cend(),
                       [text](const QString &cited) { return citesDocument(text, cited); });
}

// "m³", "km²": a raised digit that is the exponent of a unit of length, not a note's call.
bool followsUnitOfLength(QStringView text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text[start - 1].isLetter())
        --start;
    static const QStringList units{QStringLiteral("m"), QStringLiteral("km"), QStringLiteral("cm"),
                                   QStringLiteral("mm")};
    return units.contains(text.sliced(start, pos - start).toString());
}

} // namespace

void attachRepeatedCalls(QList<Block> &blocks, qsizetype first, int page,
                         const QHash<QString, Footnote> &earlier)
{
    if (earlier.isEmpty() || blocks.isEmpty())
        return;
    const QString &raised = Text::raisedDigits();
    for (qsizetype b = std::clamp<qsizetype>(first, 0, blocks.size() - 1); b < blocks.size();
         ++b) {
        Block &block = blocks[b];
        auto [from, to] = pageRange(block, page);
        for (qsizetype pos = from; pos < to; ++pos) {
            if (!raised.contains(block.text[pos]) || (pos > 0 && raised.contains(block.text[pos - 1])))
                continue;
            QString marker;
            qsizetype end = pos;
            for (; end < to && raised.contains(block.text[end]); ++end)
                marker += QChar(static_cast<char16_t>(u'0' + raised.indexOf(block.text[end])));
            const auto note = earlier.constFind(marker);
            if (note == earlier.cend() || followsUnitOfLength(block.text, pos))
                continue;
            const qsizetype before = block.text.size();
            Footnote call = *note;
            call.anchor = static_cast<int>(removeMarker(block, pos, end - pos));
            to -= before - block.text.size();
            // Kept in the order of their anchors, as the first calls are.
            const auto at = std::find_if(block.footnotes.begin(), block.footnotes.end(),
                                         [&](const Footnote &f) { return f.anchor > call.anchor; });
            block.footnotes.insert(at, call);
        }
    }
}

void attachFootnotes(QList<Block> &blocks, qsizetype first, int page,
                     const QList<Footnote> &footnotes, QStringList &warnings,
                     QList<Footnote> &documentNotes)
{
    if (blocks.isEmpty())
        return;
    first = std::clamp<qsizetype>(first, 0, blocks.size() - 1);
    qsizetype cursorBlock = first;
    qsizetype cursorOffset = pageRange(blocks[first], page).first;
    for (Footnote footnote : footnotes) {
        // A footnote line whose note began on no page we read (a damaged or odd layout) has no
        // marker to look for: it is kept, with the page's last paragraph.
        bool placed = false;
        for (qsizetype b = cursorBlock; b < blocks.size() && !placed; ++b) {
            Block &block = blocks[b];
            const auto [from, to] = pageRange(block, page);
            const auto found = findFootnoteMarker(
                block.text, b == cursorBlock ? std::max(cursorOffset, from) : from, to,
                footnote.marker);
            if (!found)
                continue;
            const qsizetype at = removeMarker(block, found->start, found->length);
            footnote.anchor = static_cast<int>(at);
            block.footnotes.append(footnote);
            cursorBlock = b;
            cursorOffset = at;
            placed = true;
        }
        if (placed)
            continue;
        if (isSignMarker(footnote.marker)) {
            documentNotes.append(footnote);
            continue;
        }
        blocks.last().footnotes.append(footnote);
        warnings.append(footnote.marker.isEmpty()
                            ? QStringLiteral("page %1: a footnote without a marker (its start was "
                                             "not found) is kept with the page's last paragraph")
                                  .arg(page)
                            : QStringLiteral("page %1: the marker of footnote %2 was not found in "
                                             "the text; the footnote is kept with the page's last "
                                             "paragraph")
                                  .arg(page)
                                  .arg(footnote.marker));
    }
}

void attachLinks(QList<Block> &blocks, qsizetype first, int page, const QStringList &targets)
{
    if (blocks.isEmpty())
        return;
    first = std::clamp<qsizetype>(first, 0, blocks.size() - 1);
    QHash<QString, int> copiesSeen;
    QHash<QString, qsizetype> ownerOf; // where an earlier copy of the same target went
    for (const QString &target : targets) {
        const QString symbol = Text::symbolFromLink(target);
        if (const auto pastedIn = removePastedTarget(blocks, first, page, target)) {
            const Link link{target, symbol};
            if (!blocks[*pastedIn].links.contains(link))
                blocks[*pastedIn].links.append(link);
            ownerOf.insert(target, *pastedIn);
            continue;
        }
        const QStringList forms = citedForms(target, symbol);
        // Blocks on this page that mention the target, one entry per mentioning block.
        QList<qsizetype> mentioning;
        for (qsizetype b = first; b < blocks.size(); ++b) {
            const Block &block = blocks[b];
            const auto [from, to] = pageRange(block, page);
            bool found = mentions(forms, QStringView(block.text).sliced(from, to - from));
            for (const Footnote &f : block.footnotes)
                found = found || mentions(forms, f.text);
            if (found)
                mentioning.append(b);
        }
        const int copy = copiesSeen[target]++;
        qsizetype owner = blocks.size() - 1;
        if (!mentioning.isEmpty())
            owner = mentioning[std::min<qsizetype>(copy, mentioning.size() - 1)];
        else if (ownerOf.contains(target))
            owner = ownerOf.value(target);
        ownerOf.insert(target, owner);
        const Link link{target, symbol};
        if (!blocks[owner].links.contains(link))
            blocks[owner].links.append(link);
    }
}

} // namespace Rapporteur::Segmentation
