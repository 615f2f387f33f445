#include "submissionreader.h"

#include <algorithm>

namespace Rapporteur::Gui {

using Storage::ParagraphRecord;

namespace {

const auto kMuted = QStringLiteral("#767676"); // grey with 4.5:1 contrast on white
// Paragraph spacing inside the text column: a paragraph, and a footnote or link line under it.
const auto kBlock = QStringLiteral("margin-top:0; margin-bottom:8px;");
const auto kNote = QStringLiteral("margin-top:-4px; margin-bottom:8px;");

bool isHeading(ParagraphKind kind)
{
    return kind == ParagraphKind::Title || kind == ParagraphKind::Section ||
           kind == ParagraphKind::Group || kind == ParagraphKind::Heading;
}

// The paragraph's text, escaped, with each footnote marker put back as a superscript where it
// stood (at the end when its place is unknown).
QString textWithMarkers(const ParagraphRecord &paragraph)
{
    QList<Footnote> notes = paragraph.footnotes;
    const auto length = paragraph.text.size();
    const auto placeOf = [length](const Footnote &note) {
        return note.anchor < 0 || note.anchor > length ? length : qsizetype(note.anchor);
    };
    std::stable_sort(notes.begin(), notes.end(),
                     [&](const Footnote &a, const Footnote &b) { return placeOf(a) < placeOf(b); });
    QString html;
    qsizetype from = 0;
    for (const Footnote &note : notes) {
        const qsizetype at = placeOf(note);
        html += paragraph.text.mid(from, at - from).toHtmlEscaped();
        html += QStringLiteral("<sup>%1</sup>").arg(note.marker.toHtmlEscaped());
        from = at;
    }
    return html + paragraph.text.mid(from).toHtmlEscaped();
}

QString paragraphCell(const ParagraphRecord &paragraph)
{
    QString html;
    const QString text = textWithMarkers(paragraph);
    if (isHeading(paragraph.kind))
        html += QStringLiteral("<p style=\"%1\"><b>%2</b></p>").arg(kBlock, text);
    else if (paragraph.kind == ParagraphKind::ListItem)
        html += QStringLiteral("<p style=\"%1 margin-left:1.5em\">%2</p>").arg(kBlock, text);
    else
        html += QStringLiteral("<p style=\"%1\">%2</p>").arg(kBlock, text);

    for (const Footnote &note : paragraph.footnotes) {
        html += QStringLiteral("<p style=\"%1 font-size:small; color:%2; margin-left:1.5em\">"
                               "<sup>%3</sup> %4</p>")
                    .arg(kNote, kMuted, note.marker.toHtmlEscaped(), note.text.toHtmlEscaped());
    }
    if (!paragraph.links.isEmpty()) {
        QStringList anchors;
        for (const Link &link : paragraph.links) {
            const QString label = link.symbol.isEmpty() ? link.target : link.symbol;
            anchors << QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(link.target.toHtmlEscaped(), label.toHtmlEscaped());
        }
        html += QStringLiteral("<p style=\"%1 font-size:small\">%2</p>")
                    .arg(kNote, anchors.join(QStringLiteral(" &nbsp; ")));
    }
    return html;
}

QString pageLabel(int page)
{
    return page > 0 ? SubmissionReader::tr("p. %1").arg(page) : QString();
}

} // namespace

SubmissionReader::SubmissionReader(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("submissionReader"));
    setAccessibleName(tr("Submission text"));
    setOpenExternalLinks(true);
    document()->setDocumentMargin(18);
}

SubmissionReader::~SubmissionReader() = default;

void SubmissionReader::showSubmission(const Storage::SubmissionRecord &submission,
                                      const QList<ParagraphRecord> &paragraphs)
{
    QStringList facts;
    if (submission.entity)
        facts << submission.entity->nameEn;
    if (!submission.languages.isEmpty())
        facts << tr("original: %1").arg(submission.languages.join(QStringLiteral(", ")));
    if (submission.date.isValid())
        facts << submission.date.toString(Qt::ISODate);
    facts << submission.document;

    QString html = QStringLiteral("<h2>%1</h2><p style=\"color:%2\">%3</p>")
                       .arg(submission.heading.toHtmlEscaped(), kMuted,
                            facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const ParagraphRecord &paragraph : paragraphs) {
        html += QStringLiteral("<tr><td width=\"52\" style=\"color:%1\"><p style=\"%2\">%3</p></td>"
                               "<td>%4</td></tr>")
                    .arg(kMuted, kBlock, pageLabel(paragraph.page), paragraphCell(paragraph));
    }
    html += QStringLiteral("</table>");
    if (paragraphs.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(kMuted, tr("This submission has no paragraphs."));
    setHtml(html);
    m_submissionId = submission.id;
}

void SubmissionReader::showDocument(const Storage::DocumentRecord &document)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(document.symbol.toHtmlEscaped(), document.title.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(kMuted, tr("%1 submissions · %2 paragraphs · %3 pages")
                                 .arg(document.submissionCount)
                                 .arg(document.paragraphCount)
                                 .arg(document.pageCount));
    for (const QString &warning : document.warnings)
        html += QStringLiteral("<p>%1</p>").arg(warning.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(kMuted, tr("Select a submission to read it."));
    setHtml(html);
    m_submissionId = 0;
}

void SubmissionReader::showNote(const QString &note)
{
    setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>").arg(kMuted, note.toHtmlEscaped()));
    m_submissionId = 0;
}

} // namespace Rapporteur::Gui
