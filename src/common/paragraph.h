#pragma once

#include <QList>
#include <QString>

namespace Rapporteur {

// A footnote as the document numbers it, attached to the paragraph whose text carries its marker.
struct Footnote
{
    QString marker;  // "1", "*", "a" ...
    QString text;    // the footnote's own text, lines joined
    int anchor = -1; // UTF-16 offset in the paragraph text where the marker stood; -1 if not found
    bool operator==(const Footnote &) const = default;
};

// A link target found in or next to the paragraph (a URL line in extracted text, an annotation in
// a PDF). symbol is the UN document symbol an undocs.org target names, empty otherwise.
struct Link
{
    QString target;
    QString symbol;
    bool operator==(const Link &) const = default;
};

enum class ParagraphKind
{
    Title,    // the document's title block
    Section,  // a numbered section heading: "二. 答复"
    Group,    // a group of submissions: "A. 各国政府"
    Heading,  // a sub-heading inside a section or a submission: "澳大利亚集团"
    Body,     // running text
    ListItem, // "(a) ...", "• ...", "㈠ ..."
};

QString paragraphKindName(ParagraphKind kind);
ParagraphKind paragraphKindFromName(const QString &name);

// One paragraph of reading text, with page artefacts already taken out.
struct Paragraph
{
    ParagraphKind kind = ParagraphKind::Body;
    QString text;
    int page = 0;        // 1-based page on which the paragraph starts; 0 when unknown
    QString section;     // heading of the enclosing numbered section, e.g. "二. 答复"
    int submission = -1; // index into ParsedDocument::submissions; -1 outside any submission
    QList<Footnote> footnotes;
    QList<Link> links;
    QList<int> sentenceEnds; // UTF-16 offsets one past the end of each sentence
    bool operator==(const Paragraph &) const = default;
};

} // namespace Rapporteur
