#pragma once

#include "storage/records.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QTextBlock;
class QTextDocument;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// A span of one paragraph's stored text, in Unicode code points (as codings store it).
struct TextSpan
{
    qint64 paragraphId = 0;
    int start = 0;
    int end = 0;
    bool operator==(const TextSpan &) const = default;
};

// Where each paragraph's stored text lies in a reader's QTextDocument, character by character.
// The document is not the text: footnote markers are inserted where they stood, the HTML parser
// collapses runs of white space, page labels, footnotes and links are blocks of their own, and
// QTextDocument counts UTF-16 units where codings count code points. A selection maps to one span
// per paragraph it touches (markers, notes and labels left out) and a span maps back to document
// positions, so that marks land on exactly the coded characters.
class ParagraphSpans final
{
public:
    // Finds each paragraph's block by its anchor (ParagraphHtml::anchorName) and lines its text
    // up with the block's. A paragraph whose block cannot be lined up is left out (not codable).
    void rebuild(const QTextDocument &document, const QList<Storage::ParagraphRecord> &paragraphs);
    void clear();

    bool contains(qint64 paragraphId) const { return m_entryOf.contains(paragraphId); }
    QList<qint64> paragraphIds() const;
    // The paragraph's length in code points; 0 when it is not on show.
    int codePointLength(qint64 paragraphId) const;
    // The paragraph's stored text; empty when it is not on show.
    QString text(qint64 paragraphId) const;

    // The spans of paragraph text within document positions [from, to), in reading order, one per
    // paragraph; empty spans are left out.
    QList<TextSpan> spansIn(int from, int to) const;
    // The document positions [first, second) of a span; empty when its paragraph is not on show
    // or the span does not fit its text.
    std::optional<std::pair<int, int>> positionsOf(const TextSpan &span) const;
    // The paragraph and code-point offset at a document position, when it is paragraph text.
    std::optional<std::pair<qint64, int>> offsetAt(int position) const;

private:
    struct Entry
    {
        qint64 paragraphId = 0;
        int blockPosition = 0;
        QString text;
        QList<int> indexOfChar; // per character of the block: UTF-16 index in text, or -1
        QList<int> charOfIndex; // per UTF-16 unit of text: offset in the block, or -1 (dropped)
    };

    static bool lineUp(const QTextBlock &block, Entry &entry);
    // Block offsets where [u0, u1) of the text begins and ends.
    static int startOffset(const Entry &entry, int utf16Index);
    static int endOffset(const Entry &entry, int utf16Index);

    QList<Entry> m_entries; // in document order
    QHash<qint64, int> m_entryOf;
};

} // namespace Rapporteur::Gui
