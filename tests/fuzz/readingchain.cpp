#include "readingchain.h"

#include "referencedata/entityregistry.h"
#include "segmentation/committeereport.h"
#include "segmentation/documentsegmenter.h"
#include "segmentation/reflow.h"
#include "text/symbolcitations.h"

#include <cstdio>
#include <cstdlib>

namespace Rapporteur::Fuzz {

void broken(const char *rule)
{
    std::fprintf(stderr, "fuzz: broken rule: %s\n", rule);
    std::abort();
}

namespace {

void checkParagraph(const Paragraph &p)
{
    for (const Footnote &f : p.footnotes) {
        if (f.anchor < -1 || f.anchor > p.text.size())
            broken("a footnote's anchor lies inside its paragraph's text");
    }
    qsizetype previousEnd = 0;
    for (const Text::SymbolCitation &c : Text::findSymbolCitations(p.text)) {
        if (c.start < previousEnd || c.length <= 0 || c.start + c.length > p.text.size())
            broken("citations lie inside the text, in order, each span read once");
        if (c.symbol.isEmpty())
            broken("a citation names a symbol");
        previousEnd = c.start + c.length;
    }
    for (int end : p.sentenceEnds) {
        if (end < 0 || end > p.text.size())
            broken("sentence ends lie inside the text");
    }
}

} // namespace

void readThrough(const SourceText &source)
{
    const auto reflowed = Segmentation::reflow(source);
    const auto &entities = ReferenceData::EntityRegistry::builtIn();
    ParsedDocument doc = Segmentation::segmentDocument(reflowed.blocks, entities);
    Segmentation::readCommitteeReport(doc, entities);
    for (const Paragraph &p : doc.paragraphs)
        checkParagraph(p);
    for (const Paragraph &p : doc.paragraphs) {
        if (p.submission < -1 || p.submission >= doc.submissions.size())
            broken("a paragraph's submission is one of the document's");
    }
}

} // namespace Rapporteur::Fuzz
