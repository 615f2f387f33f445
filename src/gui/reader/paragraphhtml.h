#pragma once

#include "storage/records.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Rapporteur::Gui {

// Renders stored paragraphs as the rich text a QTextBrowser shows. Text is always escaped, so
// markup in a document is shown literally. Anchors use three schemes the reader understands:
//   note:ROW/INDEX  a footnote marker (its text shows on hover),
//   corpus:SYMBOL   a document of the corpus (opens it in the application),
//   http(s):…       anything else (opens in the web browser).
class ParagraphHtml final
{
public:
    // Symbols of the documents in the corpus: where the text or a link names one, it becomes a
    // corpus: anchor.
    explicit ParagraphHtml(const QStringList &corpusSymbols = {});

    // The paragraph (its first letter carrying anchorName()), with its markers at their anchors,
    // its footnotes under it in small type and its links on a line of their own. row names the
    // paragraph in note: anchors.
    QString paragraph(const Storage::ParagraphRecord &paragraph, int row) const;

    // The name of a paragraph's anchor, for QTextBrowser::scrollToAnchor().
    static QString anchorName(qint64 paragraphId) { return QStringLiteral("p%1").arg(paragraphId); }
    // The id an anchor name stands for, or 0.
    static qint64 paragraphIdOf(const QString &anchorName);
    static bool isHeading(ParagraphKind kind);
    static QString muted() { return QStringLiteral("#767676"); } // 4.5:1 contrast on white
    // Footnotes, which are read, not glanced at: 7.5:1 on white.
    static QString noteColour() { return QStringLiteral("#555555"); }

private:
    QString linked(const QString &escaped) const;
    QString textWithMarkers(const Storage::ParagraphRecord &paragraph, int row) const;

    QStringList m_symbols;
    QHash<QChar, QStringList> m_symbolsByFirst; // HTML-escaped symbols by first character
};

} // namespace Rapporteur::Gui
