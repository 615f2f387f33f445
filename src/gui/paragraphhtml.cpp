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
    if (m_symbols.isEmpty())
        return;
    // Longest first, so that A/77/96/Add.1 wins over A/77/96; a symbol must not run on into a
    // longer one ("A/77/960", "A/77/96/Add.1").
    QStringList alternatives = m_symbols;
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &symbol : alternatives)
        symbol = QRegularExpression::escape(symbol.toHtmlEscaped());
    m_symbolPattern = QRegularExpression(QStringLiteral("(?<![A-Za-z0-9/.])(%1)(?![A-Za-z0-9/])")
                                             .arg(alternatives.join(QLatin1Char('|'))));
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
    if (!m_symbolPattern.isValid() || m_symbols.isEmpty())
        return escaped;
    QString html;
    qsizetype from = 0;
    for (auto it = m_symbolPattern.globalMatch(escaped); it.hasNext();) {
        const auto match = it.next();
        html += escaped.mid(from, match.capturedStart() - from);
        html += QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(corpusHref(match.captured()), match.captured());
        from = match.capturedEnd();
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

    for (const Footnote &note : paragraph.footnotes) {
        html += QStringLiteral("<p style=\"%1 font-size:small; color:%2; margin-left:1.5em\">"
                               "<sup>%3</sup> %4</p>")
                    .arg(kNote, muted(), note.marker.toHtmlEscaped(),
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
