// SubmissionReader's side of coding: selections as spans of paragraph text, and coding marks on
// the text and in the margin.
#include "submissionreader.h"

#include "codingmargin.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>

#include <memory>

namespace Rapporteur::Gui {

void SubmissionReader::textReplaced(const QList<Storage::ParagraphRecord> &paragraphs)
{
    m_spans.rebuild(*document(), paragraphs);
    // Marks of the text that was on show would land on other characters.
    m_marks.clear();
    setExtraSelections({});
    m_margin->setMarks({});
    placeMargin();
}

QList<TextSpan> SubmissionReader::selectedSpans() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {};
    return m_spans.spansIn(cursor.selectionStart(), cursor.selectionEnd());
}

bool SubmissionReader::selectSpan(const TextSpan &span)
{
    const auto positions = m_spans.positionsOf(span);
    if (!positions)
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(positions->first);
    cursor.setPosition(positions->second, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

bool SubmissionReader::selectRange(qint64 fromParagraph, int fromOffset, qint64 toParagraph,
                                   int toOffset)
{
    // A point is the start of the one-character span after it, or the end of the one before it
    // (a paragraph's end).
    const auto pointAt = [this](qint64 paragraph, int offset) -> std::optional<int> {
        if (offset < m_spans.codePointLength(paragraph)) {
            if (const auto at = m_spans.positionsOf({paragraph, offset, offset + 1}))
                return at->first;
        } else if (offset > 0) {
            if (const auto at = m_spans.positionsOf({paragraph, offset - 1, offset}))
                return at->second;
        }
        return std::nullopt;
    };
    const auto from = pointAt(fromParagraph, fromOffset);
    const auto to = pointAt(toParagraph, toOffset);
    if (!from || !to || *to <= *from)
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(*from);
    cursor.setPosition(*to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void SubmissionReader::setCodingMarks(const QList<CodingMark> &marks)
{
    m_marks.clear();
    QList<QTextEdit::ExtraSelection> tints;
    QList<CodingMargin::Placed> placed;
    for (const CodingMark &mark : marks) {
        const auto positions = m_spans.positionsOf(mark.span);
        if (!positions)
            continue;
        m_marks.append(mark);
        QTextEdit::ExtraSelection tint;
        tint.cursor = QTextCursor(document());
        tint.cursor.setPosition(positions->first);
        tint.cursor.setPosition(positions->second, QTextCursor::KeepAnchor);
        // A light tint, so that black text stays legible and overlapping codings darken.
        QColor background = mark.colour;
        background.setAlpha(kMarkAlpha);
        tint.format.setBackground(background);
        tints.append(tint);
        placed.append({mark, positions->first, positions->second});
    }
    setExtraSelections(tints);
    m_margin->setMarks(placed);
    placeMargin();
    emit codingMarksShown();
}

QList<CodingMark> SubmissionReader::marksAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    // cursorForPosition gives the caret nearest the point: the character under it is after the
    // caret when the point is in its left half, before it otherwise.
    const QRect caret = cursorRect(cursor);
    const int position = viewportPos.x() >= caret.x() ? cursor.position() : cursor.position() - 1;
    const auto at = m_spans.offsetAt(position);
    QList<CodingMark> found;
    if (!at)
        return found;
    for (const CodingMark &mark : m_marks) {
        if (mark.span.paragraphId == at->first && mark.span.start <= at->second &&
            at->second < mark.span.end)
            found.append(mark);
    }
    return found;
}

void SubmissionReader::placeMargin()
{
    const int width = m_margin->preferredWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect area = contentsRect();
    m_margin->setGeometry(QRect(area.left(), area.top(), width, area.height()));
    m_margin->setVisible(width > 0);
}

void SubmissionReader::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    placeMargin();
}

void SubmissionReader::contextMenuEvent(QContextMenuEvent *event)
{
    // The event comes from the viewport, in its coordinates; the standard menu wants the
    // document's (it looks for a link there).
    const QPoint inDocument =
        event->pos() + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const std::unique_ptr<QMenu> menu(createStandardContextMenu(inDocument));
    if (const qint64 table = tableIdAt(event->pos()); table != 0) {
        menu->addSeparator();
        menu->addAction(tr("Export table as CSV…"), this, [this, table] { exportTable(table); });
    }
    emit contextMenuAboutToShow(menu.get(), event->pos());
    menu->exec(event->globalPos());
}

} // namespace Rapporteur::Gui
