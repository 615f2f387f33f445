#include "resolutiontext.h"

#include "structurepatterns.h"

namespace Rapporteur::Segmentation {

namespace {

using Text::LanguageRules;

// How an operative paragraph ends ("…;", "…:", "….") as against a preambular one ("…,").
bool endsAsOperative(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && QStringView(u":;.：；。").contains(t.back());
}

// Where the resolution's paragraphs begin: after a report's "Draft resolution" heading, or after
// the opening "The General Assembly,"; -1 when the document has neither.
qsizetype startOf(const QList<Paragraph> &ps, const LanguageRules &language)
{
    // The draft's title follows its heading, then the opening: the text starts at the opening
    // when one comes within a few paragraphs (a title may be set as a heading or, when long, as
    // running text).
    constexpr qsizetype kTitleParagraphs = 3;
    for (qsizetype i = 0; i < ps.size(); ++i) {
        if (ps[i].kind == ParagraphKind::Body ||
            !LanguageRules::firstMatch(language.resolutionHeading, ps[i].text).hasMatch())
            continue;
        for (qsizetype j = i + 1; j < ps.size() && j <= i + 1 + kTitleParagraphs; ++j) {
            if (LanguageRules::firstMatch(language.resolutionOpening, ps[j].text).hasMatch())
                return j;
        }
        return i + 1;
    }
    for (qsizetype i = 0; i < ps.size(); ++i) {
        if (LanguageRules::firstMatch(language.resolutionOpening, ps[i].text).hasMatch())
            return i;
    }
    return -1;
}

void readParagraphs(ParsedDocument &doc, qsizetype start, const LanguageRules &language)
{
    const auto &ps = doc.paragraphs;
    int preambular = 0;
    int lastOperative = 0;
    bool singleOperative = false;
    for (qsizetype i = start; i < ps.size(); ++i) {
        const Paragraph &p = ps[i];
        if (p.kind == ParagraphKind::Section ||
            LanguageRules::firstMatch(language.annexHeading, p.text).hasMatch())
            break;
        if (singleOperative) {
            // Only its own subparagraphs ("(a) …") follow the one unnumbered operative paragraph.
            if (p.kind == ParagraphKind::ListItem)
                continue;
            break;
        }
        if (p.kind == ParagraphKind::Heading || p.kind == ParagraphKind::Title ||
            LanguageRules::firstMatch(language.resolutionOpening, p.text).hasMatch())
            continue;
        if (const int n = paragraphNumber(p.text); n > 0) {
            if (n <= lastOperative)
                break; // numbering that starts again: an annex's paragraphs
            lastOperative = n;
            doc.resolution.append({true, n, static_cast<int>(i)});
            continue;
        }
        if (lastOperative > 0 || p.kind != ParagraphKind::Body)
            continue;
        // An unnumbered paragraph that ends as an operative one, not followed by a first
        // numbered paragraph, is the resolution's only operative paragraph.
        const bool numberedNext = i + 1 < ps.size() && paragraphNumber(ps[i + 1].text) == 1;
        if (endsAsOperative(p.text) && !numberedNext) {
            doc.resolution.append({true, 1, static_cast<int>(i)});
            singleOperative = true;
            continue;
        }
        doc.resolution.append({false, ++preambular, static_cast<int>(i)});
    }
}

// The lines above an adopted resolution's text: its adoption date and the report it was adopted
// on. Only the paragraphs before the resolution's start are read.
void readAdoption(ParsedDocument &doc, qsizetype start, const LanguageRules &language)
{
    for (qsizetype i = 0; i < start && i < doc.paragraphs.size(); ++i) {
        Paragraph &p = doc.paragraphs[i];
        if (const auto m = LanguageRules::firstMatch(language.adoption, p.text);
            m.hasMatch() && !doc.date.isValid()) {
            if (const QDate d = language.dateOf(m); d.isValid())
                doc.date = d;
        }
        if (const auto m = LanguageRules::firstMatch(language.reportReference, p.text);
            m.hasMatch()) {
            const QString report = m.captured(u"report");
            const bool linked = std::any_of(p.links.cbegin(), p.links.cend(),
                                            [&](const Link &l) { return l.symbol == report; });
            if (!linked)
                p.links.append(Link{QStringLiteral("https://undocs.org/%1").arg(report), report});
        }
    }
}

} // namespace

void readResolutionText(ParsedDocument &doc, const Text::LanguageRules &language)
{
    const qsizetype start = startOf(doc.paragraphs, language);
    if (start < 0)
        return;
    readAdoption(doc, start, language);
    readParagraphs(doc, start, language);
}

} // namespace Rapporteur::Segmentation
