#include "submissionreader.h"

#include "codingmargin.h"
#include "paragraphhtml.h"
#include "tableexport.h"
#include "tablehtml.h"

#include "gui/settings/translation.h"

#include <QDesktopServices>
#include <QHelpEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextTable>
#include <QToolTip>

namespace Rapporteur::Gui {

using Storage::ParagraphRecord;

namespace {

const auto kPageLabel = QStringLiteral("margin-top:10px; margin-bottom:2px;");

QString pageLabel(int page)
{
    return page > 0 ? SubmissionReader::tr("p. %1").arg(page) : QString();
}

QString entityName(const Storage::SubmissionRecord &submission)
{
    return submission.entity ? submission.entity->nameZh : submission.heading;
}

// The notes of the document itself ("* Reissued for technical reasons"), under its heading.
QString documentNotesHtml(const Storage::DocumentRecord &document)
{
    QString html;
    for (const Footnote &note : document.notes)
        html += QStringLiteral("<p style=\"color:%1\">%2 %3</p>")
                    .arg(ParagraphHtml::muted(), note.marker.toHtmlEscaped(),
                         note.text.toHtmlEscaped());
    return html;
}

} // namespace

SubmissionReader::SubmissionReader(QWidget *parent)
    : QTextBrowser(parent), m_margin(new CodingMargin(this))
{
    setObjectName(QStringLiteral("submissionReader"));
    setAccessibleName(tr("Submission text"));
    // Links are handled here: a document of the corpus opens in the application.
    setOpenLinks(false);
    document()->setDocumentMargin(18);
    connect(this, &QTextBrowser::anchorClicked, this, &SubmissionReader::onAnchorClicked);
    m_margin->hide(); // until there are marks
    // The margin's bars follow the text.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_margin,
            qOverload<>(&QWidget::update));
}

SubmissionReader::~SubmissionReader() = default;

void SubmissionReader::setCorpusSymbols(const QStringList &symbols)
{
    m_corpusSymbols = symbols;
}

void SubmissionReader::showRows(const QString &headerHtml, const QList<ParagraphRecord> &paragraphs,
                                const std::function<QString(const ParagraphRecord &)> &sourceOf,
                                const QList<Storage::TableRecord> &tables)
{
    const ParagraphHtml render(m_corpusSymbols);
    m_rows.clear();
    m_rowOfParagraph.clear();
    m_tables.clear();
    // Each table after the paragraph it follows; those before the first paragraph first.
    QHash<qint64, QList<const Storage::TableRecord *>> tablesAfter;
    for (const Storage::TableRecord &table : tables)
        tablesAfter[table.afterParagraphId.value_or(0)].append(&table);
    const auto placeTables = [this, &tablesAfter](qint64 afterParagraph) {
        QString out;
        for (const Storage::TableRecord *table : tablesAfter.value(afterParagraph)) {
            out += TableHtml::table(*table);
            m_tables.append(*table);
        }
        return out;
    };
    QString html = headerHtml + placeTables(0);
    // Plain paragraphs, with the page named where it changes. (One table row per paragraph with
    // the page in a margin column looked the same but made Qt lay a whole document out at once:
    // 150-220 ms on the GUI thread for A/77/96's 607 paragraphs; plain blocks are laid out as
    // they come into view.)
    int page = 0;
    for (const ParagraphRecord &paragraph : paragraphs) {
        if (paragraph.page > 0 && paragraph.page != page) {
            page = paragraph.page;
            html += QStringLiteral("<p style=\"%1 color:%2; font-size:small\">%3</p>")
                        .arg(kPageLabel, ParagraphHtml::muted(), pageLabel(page));
        }
        const int row = static_cast<int>(m_rows.size());
        html += render.paragraph(paragraph, row) + placeTables(paragraph.id);
        m_rows.append({paragraph.id, paragraph.page, sourceOf(paragraph), paragraph.footnotes});
        m_rowOfParagraph.insert(paragraph.id, row);
    }
    if (paragraphs.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(ParagraphHtml::muted(), tr("This submission has no paragraphs."));
    setHtml(html);
    textReplaced(paragraphs);
}

void SubmissionReader::showSubmission(const Storage::SubmissionRecord &submission,
                                      const QList<ParagraphRecord> &paragraphs,
                                      const QList<Storage::TableRecord> &tables)
{
    QStringList facts; // escaped
    if (submission.entity) {
        // The state's name leads to its profile.
        facts << QStringLiteral("<a href=\"entity:%1\">%2</a>")
                     .arg(submission.entity->code.toHtmlEscaped(),
                          submission.entity->nameEn.toHtmlEscaped());
    }
    if (!submission.languages.isEmpty())
        facts << tr("original: %1").arg(languageNames(submission.languages)).toHtmlEscaped();
    if (submission.date.isValid())
        facts << submission.date.toString(Qt::ISODate);
    facts << submission.document.toHtmlEscaped();

    const QString header = QStringLiteral("<h2>%1</h2><p style=\"color:%2\">%3</p>")
                               .arg(submission.heading.toHtmlEscaped(), ParagraphHtml::muted(),
                                    facts.join(QStringLiteral(" · ")));
    const QString name = entityName(submission);
    showRows(
        header, paragraphs, [&name](const ParagraphRecord &) { return name; }, tables);
    m_submissionId = submission.id;
    m_documentSymbol = submission.document;
    emit textShown();
}

void SubmissionReader::showDocument(const Storage::DocumentRecord &document)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(document.symbol.toHtmlEscaped(), document.title.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(ParagraphHtml::muted(), tr("%1 submissions · %2 paragraphs · %3 pages")
                                                 .arg(document.submissionCount)
                                                 .arg(document.paragraphCount)
                                                 .arg(document.pageCount));
    html += documentNotesHtml(document);
    for (const QString &warning : document.warnings)
        html += QStringLiteral("<p>%1</p>").arg(warning.toHtmlEscaped());
    setHtml(html);
    m_rows.clear();
    m_tables.clear();
    m_submissionId = 0;
    m_documentSymbol = document.symbol;
    textReplaced({});
    emit textShown();
}

void SubmissionReader::showDocumentText(const Storage::DocumentRecord &document,
                                        const QList<ParagraphRecord> &paragraphs,
                                        const QList<Storage::SubmissionRecord> &submissions,
                                        const QList<Storage::TableRecord> &tables)
{
    QStringList facts;
    if (document.date.isValid())
        facts << document.date.toString(Qt::ISODate);
    if (!document.originalLanguages.isEmpty())
        facts << tr("original: %1").arg(languageNames(document.originalLanguages));
    facts << tr("%1 submissions · %2 paragraphs · %3 pages")
                 .arg(document.submissionCount)
                 .arg(document.paragraphCount)
                 .arg(document.pageCount);
    QString header =
        QStringLiteral("<h2>%1</h2><p>%2</p><p style=\"color:%3\">%4</p>")
            .arg(document.symbol.toHtmlEscaped(), document.title.toHtmlEscaped(),
                 ParagraphHtml::muted(), facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    header += documentNotesHtml(document);
    for (const QString &warning : document.warnings)
        header += QStringLiteral("<p>%1</p>").arg(warning.toHtmlEscaped());

    QHash<qint64, QString> sourceOfSubmission;
    for (const auto &submission : submissions)
        sourceOfSubmission.insert(submission.id, entityName(submission));
    showRows(
        header, paragraphs,
        [&](const ParagraphRecord &paragraph) {
            return paragraph.submissionId ? sourceOfSubmission.value(*paragraph.submissionId)
                                          : QString();
        },
        tables);
    m_submissionId = 0;
    m_documentSymbol = document.symbol;
    emit textShown();
}

void SubmissionReader::showNote(const QString &note)
{
    setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(ParagraphHtml::muted(), note.toHtmlEscaped()));
    m_rows.clear();
    m_tables.clear();
    m_submissionId = 0;
    m_documentSymbol.clear();
    textReplaced({});
    emit textShown();
}

bool SubmissionReader::showParagraph(qint64 paragraphId)
{
    if (!m_rowOfParagraph.contains(paragraphId))
        return false;
    const QString name = ParagraphHtml::anchorName(paragraphId);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().anchorNames().contains(name))
                continue;
            // Select the paragraph, so that the eye finds it where the view lands.
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            setTextCursor(cursor);
            scrollToAnchor(name);
            return true;
        }
    }
    return false;
}

int SubmissionReader::rowAt(const QTextCursor &cursor) const
{
    // A paragraph's first letter carries its anchor ("p" + id); the blocks after it up to the
    // next anchor (footnotes, links, a page label) belong to it.
    for (QTextBlock block = cursor.block(); block.isValid(); block = block.previous()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                const auto found = m_rowOfParagraph.constFind(ParagraphHtml::paragraphIdOf(name));
                if (found != m_rowOfParagraph.cend())
                    return *found;
            }
        }
    }
    return -1;
}

QString SubmissionReader::provenance(const QTextCursor &cursor) const
{
    QTextCursor start(document());
    start.setPosition(cursor.selectionStart());
    const int row = rowAt(start);
    QStringList parts;
    if (row >= 0 && !m_rows.at(row).source.isEmpty())
        parts << m_rows.at(row).source;
    if (!m_documentSymbol.isEmpty())
        parts << m_documentSymbol;
    if (row >= 0 && m_rows.at(row).page > 0)
        parts << pageLabel(m_rows.at(row).page);
    return parts.join(QStringLiteral(", "));
}

QMimeData *SubmissionReader::createMimeDataFromSelection() const
{
    QMimeData *mime = QTextBrowser::createMimeDataFromSelection();
    const QString origin = provenance(textCursor());
    if (mime && !origin.isEmpty()) {
        // A quotation that says where it comes from; rich text keeps Qt's own rendering.
        mime->setText(mime->text() + QStringLiteral("\n(") + origin + QLatin1Char(')'));
    }
    return mime;
}

QString SubmissionReader::footnoteAt(const QPoint &viewportPos) const
{
    const QUrl url(anchorAt(viewportPos));
    if (url.scheme() != QLatin1String("note"))
        return {};
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return {};
    const int row = parts.at(0).toInt();
    const int index = parts.at(1).toInt();
    if (row < 0 || row >= m_rows.size() || index < 0 || index >= m_rows.at(row).footnotes.size())
        return {};
    const Footnote &note = m_rows.at(row).footnotes.at(index);
    return note.marker + QLatin1Char(' ') + note.text;
}

bool SubmissionReader::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QString note = footnoteAt(help->pos());
        if (note.isEmpty()) {
            QStringList codings;
            for (const CodingMark &mark : marksAt(help->pos()))
                codings << describeMark(mark);
            note = codings.join(QStringLiteral("\n\n"));
        }
        if (note.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), note, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void SubmissionReader::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String("corpus"))
        emit documentLinkActivated(url.path());
    else if (url.scheme() == QLatin1String("entity"))
        emit entityActivated(url.path());
    else if (url.scheme() == QLatin1String("note"))
        return; // the note is under the paragraph and in the marker's tooltip
    else if (const qint64 table = TableHtml::tableIdOf(url); table != 0)
        exportTable(table);
    else
        QDesktopServices::openUrl(url);
}

qint64 SubmissionReader::tableIdAt(const QPoint &viewportPos) const
{
    // The document's tables are the root frame's QTextTables, in the order they were written.
    const QTextTable *at = cursorForPosition(viewportPos).currentTable();
    if (!at)
        return 0;
    qsizetype index = 0;
    for (QTextFrame *frame : document()->rootFrame()->childFrames()) {
        if (frame == at)
            return index < m_tables.size() ? m_tables.at(index).id : 0;
        if (qobject_cast<QTextTable *>(frame))
            ++index;
    }
    return 0;
}

void SubmissionReader::exportTable(qint64 tableId)
{
    for (const Storage::TableRecord &table : std::as_const(m_tables)) {
        if (table.id == tableId) {
            TableExport::ask(this, table);
            return;
        }
    }
}

} // namespace Rapporteur::Gui
