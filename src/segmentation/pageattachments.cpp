#include "pageattachments.h"

#include "text/charclass.h"
#include "text/documentsymbol.h"
#include "text/superscript.h"

#include <QRegularExpression>
#include <QUrl>

namespace Rapporteur::Segmentation {

namespace {

// Building a pattern (PCRE2 compiles and JIT-compiles it on first use) costs far more than
// matching it over a page, and the same few are built again and again: a marker per footnote
// ("1", "2", …) and a pattern per link target, where A/77/96's 109 links name a handful of
// documents. So each is built once per thread (imports run on a pool) and copied, which shares
// the compiled pattern. Each kind of pattern (each `make`) has a cache of its own; bounded, since
// the keys come from the documents.
template <typename Make> QRegularExpression cachedPattern(const QString &key, Make make)
{
    thread_local QHash<QString, QRegularExpression> cache;
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    if (cache.size() >= 1024)
        cache.clear();
    return *cache.insert(key, make(key));
}

// A footnote marker as extraction leaves it: glued after a character or closing punctuation
// ("清单。1 在", "如下：2", "条约》、1 《"), then white space or the end. Digits after a space or
// after "." or "/" are ordinary numbers ("第 1 段", "Rev.1"), and so are digits followed by a
// measure word ("、1 票弃权", "、15 个国家"): those count something.
// A marker the PDF reader saw raised comes as superscript characters ("800,¹ or"): that is a
// marker wherever it stands, unless it is part of a longer superscript number.
QRegularExpression buildMarkerPattern(const QString &marker)
{
    const QString raised = Text::superscriptForm(marker);
    const QString alternatives =
        raised == marker ? QString()
                         : QStringLiteral(R"((?<![%2])%1(?![%2])|)")
                               .arg(QRegularExpression::escape(raised), Text::raisedDigits());
    // A letter glued to a word is part of the word ("Agenda"), not a marker.
    const QString lowerCase = marker.front().isLetter() ? QString() : QStringLiteral("a-z");
    return QRegularExpression(
        alternatives +
        QStringLiteral(R"((?<=[\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}》」』”’)%2])%1)"
                       R"((?=\s|$)(?!\s*[票个次年月日号段名项届卷条款份岁天周%％]))")
            .arg(QRegularExpression::escape(marker), lowerCase));
}

QRegularExpression markerPattern(const QString &marker)
{
    return cachedPattern(marker, buildMarkerPattern);
}

void removeMarker(Block &block, qsizetype start, qsizetype length)
{
    QString &text = block.text;
    text.remove(start, length);
    // "¹,²": the comma between two raised markers goes with the first one taken out.
    const QString &raised = Text::raisedDigits();
    if (start + 1 < text.size() && text[start] == QLatin1Char(',') &&
        raised.contains(text[start + 1]))
        text.remove(start, 1);
    else if (start > 1 && text[start - 1] == QLatin1Char(',') && raised.contains(text[start - 2]))
        text.remove(start - 1, 1);
    // "清单。1 在" → "清单。在": the space stood between the marker and the next word.
    if (start > 0 && start + 1 < text.size() && text[start] == QLatin1Char(' ') &&
        Text::isCjk(text[start - 1].unicode()) && Text::isCjk(text[start + 1].unicode()))
        text.remove(start, 1);
}

// Where in a block's text the part on `page` lies.
std::pair<qsizetype, qsizetype> pageRange(const Block &block, int page)
{
    return {block.offsetOfPage(page), block.offsetOfPage(page + 1)};
}

// A way a text cites the document a link names. `literal` is what any match must contain as
// written (the cited text up to its first bracket, before which the pattern allows white space):
// most blocks of a page do not contain it, and a substring test rules them out before the regular
// expression runs.
struct MentionPattern
{
    QString literal;
    QRegularExpression pattern;
};

// Ways a text cites the document a link names: the full symbol, and for resolutions also the
// number alone, as Chinese text writes it ("第 76/234 号决议", "第 1540(2004)号决议").
QList<MentionPattern> mentionPatterns(const QString &target, const QString &symbol)
{
    QList<MentionPattern> patterns;
    auto addLiteral = [&](const QString &literal) {
        const QRegularExpression pattern = cachedPattern(literal, [](const QString &cited) {
            QString escaped = QRegularExpression::escape(cited);
            escaped.replace(QLatin1String("\\("), QLatin1String("\\s*\\("));
            return QRegularExpression(
                QStringLiteral(R"((?<![\d/A-Za-z.])%1(?![\d/]))").arg(escaped));
        });
        patterns.append({literal.left(literal.indexOf(QLatin1Char('('))), pattern});
    };
    if (symbol.isEmpty()) {
        const QString host = QUrl(target).host();
        if (!host.isEmpty())
            addLiteral(host.startsWith(QLatin1String("www.")) ? host.mid(4) : host);
        return patterns;
    }
    addLiteral(symbol);
    static const QRegularExpression resolution(QStringLiteral(R"(^[A-Z]+/RES/(.+)$)"));
    if (const auto m = resolution.match(symbol); m.hasMatch())
        addLiteral(m.captured(1));
    return patterns;
}

// The target as it stands when the extractor pasted it into the running text, wrapped like any
// text: a line break (now a space) may fall anywhere inside it.
QRegularExpression pastedTargetPattern(const QString &target)
{
    return cachedPattern(target, [](const QString &pasted) {
        QStringList parts;
        for (QChar c : pasted)
            parts.append(QRegularExpression::escape(QString(c)));
        return QRegularExpression(parts.join(QLatin1String("\\s?")));
    });
}

void removeSpan(Block &block, qsizetype start, qsizetype length)
{
    block.text.remove(start, length);
    for (Footnote &f : block.footnotes) {
        if (f.anchor > start)
            f.anchor = static_cast<int>(std::max(start, f.anchor - length));
    }
}

// Takes a pasted link target out of the text of the page's blocks; returns the block it was in.
std::optional<qsizetype> removePastedTarget(QList<Block> &blocks, qsizetype first, int page,
                                            const QString &target)
{
    const QRegularExpression pattern = pastedTargetPattern(target);
    for (qsizetype b = first; b < blocks.size(); ++b) {
        const auto [from, to] = pageRange(blocks[b], page);
        const auto m = pattern.match(blocks[b].text, from);
        if (m.hasMatch() && m.capturedStart() < to) {
            removeSpan(blocks[b], m.capturedStart(), m.capturedLength());
            return b;
        }
    }
    return std::nullopt;
}

bool mentions(const QList<MentionPattern> &patterns, QStringView text)
{
    for (const auto &[literal, pattern] : patterns) {
        if (text.contains(literal) && pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

} // namespace

void attachFootnotes(QList<Block> &blocks, qsizetype first, int page,
                     const QList<Footnote> &footnotes, QStringList &warnings)
{
    if (blocks.isEmpty())
        return;
    first = std::clamp<qsizetype>(first, 0, blocks.size() - 1);
    qsizetype cursorBlock = first;
    qsizetype cursorOffset = pageRange(blocks[first], page).first;
    for (Footnote footnote : footnotes) {
        const QRegularExpression pattern = markerPattern(footnote.marker);
        bool placed = false;
        for (qsizetype b = cursorBlock; b < blocks.size() && !placed; ++b) {
            Block &block = blocks[b];
            const auto [from, to] = pageRange(block, page);
            const auto m = pattern.match(block.text, b == cursorBlock ? cursorOffset : from);
            if (!m.hasMatch() || m.capturedStart() >= to)
                continue;
            removeMarker(block, m.capturedStart(), m.capturedLength());
            footnote.anchor = static_cast<int>(m.capturedStart());
            block.footnotes.append(footnote);
            cursorBlock = b;
            cursorOffset = m.capturedStart();
            placed = true;
        }
        if (!placed) {
            blocks.last().footnotes.append(footnote);
            warnings.append(QStringLiteral("page %1: the marker of footnote %2 was not found in "
                                           "the text; the footnote is kept with the page's last "
                                           "paragraph")
                                .arg(page)
                                .arg(footnote.marker));
        }
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
        const auto patterns = mentionPatterns(target, symbol);
        // Blocks on this page that mention the target, one entry per mentioning block.
        QList<qsizetype> mentioning;
        for (qsizetype b = first; b < blocks.size(); ++b) {
            const Block &block = blocks[b];
            const auto [from, to] = pageRange(block, page);
            bool found = mentions(patterns, QStringView(block.text).sliced(from, to - from));
            for (const Footnote &f : block.footnotes)
                found = found || mentions(patterns, f.text);
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
