#include "paragraphhtml.h"

#include <algorithm>
#include <numeric>

namespace Rapporteur::Gui {

using Storage::ParagraphRecord;

namespace {

// Paragraph spacing inside the text column: a paragraph, and a footnote or link line under it.
const auto kBlock = QStringLiteral("margin-top:0; margin-bottom:8px;");
const auto kNote = QStringLiteral("margin-top:-4px; margin-bottom:8px;");

QString corpusHref(const QString &symbol)
{
    return QStringLiteral("corpus:") + symbol;
}

} // namespace

ParagraphHtml::ParagraphHtml(const QStringList &corpusSymbols) : m_symbols(corpusSymbols)
{
    // Matched by hand, never by a pattern made of the corpus's symbols: a corpus of a thousand
    // documents would make one PCRE2 refuses. Longest first within each first character, so that
    // A/77/96/Add.1 wins over A/77/96.
    for (const QString &symbol : m_symbols) {
        const QString escaped = symbol.toHtmlEscaped();
        if (!escaped.isEmpty())
            m_symbolsByFirst[escaped.front()].append(escaped);
    }
    for (QStringList &list : m_symbolsByFirst) {
        std::sort(list.begin(), list.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
}

qint64 ParagraphHtml::paragraphIdOf(const QString &anchorName)
{
    return anchorName.startsWith(QLatin1Char('p')) ? anchorName.mid(1).toLongLong() : 0;
}

bool ParagraphHtml::isHeading(ParagraphKind kind)
{
    return kind == ParagraphKind::Title || kind == ParagraphKind::Section ||
           kind == ParagraphKind::Group || kind == ParagraphKind::Heading;
}

QString ParagraphHtml::linked(const QString &escaped) const
{
    if (m_symbolsByFirst.isEmpty())
        return escaped;
    // A symbol must not run on from, or into, a longer one ("xA/77/96", "A/77/960",
    // "A/77/96/Add.1" when only A/77/96 is in the corpus).
    const auto partOfSymbol = [](QChar c, bool after) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
               c == u'/' || (!after && c == u'.');
    };
    QString html;
    qsizetype from = 0;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const auto candidates = m_symbolsByFirst.constFind(escaped.at(i));
        if (candidates == m_symbolsByFirst.cend() || (i > 0 && partOfSymbol(escaped.at(i - 1), false)))
            continue;
        const QStringView rest = QStringView(escaped).mid(i);
        for (const QString &symbol : *candidates) {
            if (!rest.startsWith(symbol) ||
                (rest.size() > symbol.size() && partOfSymbol(rest.at(symbol.size()), true)))
                continue;
            html += escaped.mid(from, i - from);
            html += QStringLiteral("<a href=\"%1\">%2</a>").arg(corpusHref(symbol), symbol);
            i += symbol.size() - 1;
            from = i + 1;
            break;
        }
    }
    return html + escaped.mid(from);
}

// The text, escaped, with each footnote marker put back as a superscript anchor where it stood
// (at the end when its place is unknown).
QString ParagraphHtml::textWithMarkers(const ParagraphRecord &paragraph, int row) const
{
    QList<qsizetype> order(paragraph.footnotes.size());
    std::iota(order.begin(), order.end(), 0);
    const auto length = paragraph.text.size();
    const auto placeOf = [&](qsizetype i) {
        const int anchor = paragraph.footnotes.at(i).anchor;
        return anchor < 0 || anchor > length ? length : qsizetype(anchor);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return placeOf(a) < placeOf(b); });
    QString html;
    qsizetype from = 0;
    for (const qsizetype i : order) {
        const qsizetype at = placeOf(i);
        html += linked(paragraph.text.mid(from, at - from).toHtmlEscaped());
        html += QStringLiteral("<sup><a href=\"note:%1/%2\" style=\"text-decoration:none\">%3</a>"
                               "</sup>")
                    .arg(row)
                    .arg(i)
                    .arg(paragraph.footnotes.at(i).marker.toHtmlEscaped());
        from = at;
    }
    return html + linked(paragraph.text.mid(from).toHtmlEscaped());
}

QString ParagraphHtml::paragraph(const ParagraphRecord &paragraph, int row) const
{
    // Qt gives an empty named anchor inside a block to the next letter: the paragraph's first.
    // (Between blocks it drops it.)
    const QString text = QStringLiteral("<a name=\"%1\"></a>").arg(anchorName(paragraph.id)) +
                         textWithMarkers(paragraph, row);
    QString html;
    if (isHeading(paragraph.kind))
        html += QStringLiteral("<p style=\"%1\"><b>%2</b></p>").arg(kBlock, text);
    else if (paragraph.kind == ParagraphKind::ListItem)
        html += QStringLiteral("<p style=\"%1 margin-left:1.5em\">%2</p>").arg(kBlock, text);
    else
        html += QStringLiteral("<p style=\"%1\">%2</p>").arg(kBlock, text);

    // A footnote is read as the text is: at its size (a smaller type at the reader's default
    // size was ten pixels), told apart by its indent, its marker and a dark grey.
    for (const Footnote &note : paragraph.footnotes) {
        html += QStringLiteral("<p style=\"%1 color:%2; margin-left:1.5em\">"
                               "<sup>%3</sup> %4</p>")
                    .arg(kNote, noteColour(), note.marker.toHtmlEscaped(),
                         linked(note.text.toHtmlEscaped()));
    }
    if (!paragraph.links.isEmpty()) {
        QStringList anchors;
        for (const Link &link : paragraph.links) {
            const QString label = link.symbol.isEmpty() ? link.target : link.symbol;
            // A link to a document of the corpus opens it here rather than on the web.
            const QString href =
                m_symbols.contains(link.symbol) ? corpusHref(link.symbol) : link.target;
            anchors << QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(href.toHtmlEscaped(), label.toHtmlEscaped());
        }
        html += QStringLiteral("<p style=\"%1 font-size:small\">%2</p>")
                    .arg(kNote, anchors.join(QStringLiteral(" &nbsp; ")));
    }
    return html;
}

} // namespace Rapporteur::Gui
