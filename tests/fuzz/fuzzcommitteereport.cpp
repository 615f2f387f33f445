// The vote and sponsor parser: each input line is one paragraph as the reflow hands it on
// ("在 2024 年 11 月 6 日第 31 次会议上…", "赞成：", "In favour:", "Algeria, Angola…"), segmented
// and read as a committee report, draft or resolution in the language the segmenter tells, then
// aligned with itself as another version would be. Skipping the layout lets the search reach the
// parser's own cases.
#include "readingchain.h"

#include "referencedata/entityregistry.h"
#include "segmentation/block.h"
#include "segmentation/committeereport.h"
#include "segmentation/documentsegmenter.h"
#include "segmentation/versionalignment.h"
#include "text/linejoiner.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Rapporteur;
    if (size > static_cast<size_t>(Fuzz::kMaxInput))
        return -1;
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<Segmentation::Block> blocks;
    int page = 1;
    for (QStringView line : QStringView(input).split(QLatin1Char('\n'))) {
        if (line == u"\f") {
            ++page;
            continue;
        }
        const QString text = Text::simplifyLine(line);
        if (!text.isEmpty())
            blocks.append(Segmentation::Block{text, page, false, {}, {}, {}});
    }
    const auto &entities = ReferenceData::EntityRegistry::builtIn();
    ParsedDocument doc = Segmentation::segmentDocument(blocks, entities);
    Segmentation::readCommitteeReport(doc, entities);
    for (const RecordedVote &vote : doc.votes) {
        if (vote.paragraph < -1 || vote.paragraph >= doc.paragraphs.size() ||
            vote.subjectParagraph < -1 || vote.subjectParagraph >= doc.paragraphs.size())
            Fuzz::broken("a vote's paragraphs are the document's");
    }
    for (const Paragraph &p : doc.paragraphs) {
        if (p.submission < -1 || p.submission >= doc.submissions.size())
            Fuzz::broken("a paragraph's submission is one of the document's");
    }
    for (const ResolutionParagraph &r : doc.resolution) {
        if (r.paragraph < 0 || r.paragraph >= doc.paragraphs.size())
            Fuzz::broken("a resolution paragraph is one of the document's");
    }
    // A document aligned with itself: every paragraph faces itself, and nothing differs.
    const auto alignment = Segmentation::alignVersions(doc, doc);
    if (!alignment.differences.isEmpty())
        Fuzz::broken("a document's reading differs from itself");
    qsizetype faced = 0;
    const auto check = [&](const QList<Segmentation::AlignedParagraphs> &pairs) {
        for (const auto &pair : pairs) {
            if (pair.left < -1 || pair.left >= doc.paragraphs.size() || pair.right < -1 ||
                pair.right >= doc.paragraphs.size())
                Fuzz::broken("an aligned paragraph is one of the document's");
            faced += pair.left >= 0 ? 1 : 0;
        }
    };
    for (const auto &s : alignment.submissions)
        check(s.paragraphs);
    check(alignment.outside);
    if (faced < doc.paragraphs.size())
        Fuzz::broken("every paragraph is aligned");
    return 0;
}
