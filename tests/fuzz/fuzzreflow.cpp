// The reflow and the segmentation on lines of any role and page, as no text file gives them but a
// PDF can: notes continued from nowhere, pages that go back, link annotations on lines, line ends
// whose spaces were lost. The input is UTF-8 lines; the first character of each says what it is:
//   T text (paragraph end unknown)   > text that goes on   | text that ends a paragraph
//   F a footnote's first line, its marker the first word   f a footnote's later line
//   L a link target   R a footnote rule   X page furniture
//   + next page   - previous page (page numbers restart)
// A tab in a text line puts what follows it on the line as a link annotation. When the first
// line is "PDF", the spaces at line ends count as lost.
#include "readingchain.h"

#include <cstddef>
#include <cstdint>

namespace {

using namespace Rapporteur;

SourceText linesOf(const QString &input)
{
    SourceText source;
    int page = 1;
    const auto lines = QStringView(input).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView l = lines[i];
        if (i == 0 && l == u"PDF") {
            source.lineEndSpacesLost = true;
            continue;
        }
        if (l.isEmpty())
            continue;
        const QChar kind = l.front();
        l = l.sliced(1);
        if (kind == QLatin1Char('+')) {
            ++page;
            continue;
        }
        if (kind == QLatin1Char('-')) {
            page = std::max(1, page - 1);
            continue;
        }
        SourceLine line;
        line.page = page;
        line.text = l.toString();
        switch (kind.unicode()) {
        case u'T':
        case u'>':
        case u'|': {
            line.role = LineRole::Text;
            line.breakAfter = kind == QLatin1Char('>')   ? LineBreak::Continue
                              : kind == QLatin1Char('|') ? LineBreak::End
                                                         : LineBreak::Unknown;
            if (const qsizetype tab = l.indexOf(QLatin1Char('\t')); tab >= 0) {
                line.text = l.first(tab).toString();
                line.linkTargets = l.sliced(tab + 1).toString().split(QLatin1Char('\t'));
            }
            line.indented = line.text.startsWith(QLatin1Char(' '));
            line.text = line.text.trimmed();
            break;
        }
        case u'F': {
            line.role = LineRole::Footnote;
            line.startsFootnote = true;
            const qsizetype space = l.indexOf(QLatin1Char(' '));
            line.footnoteMarker = (space < 0 ? l : l.first(space)).toString();
            line.text = space < 0 ? QString() : l.sliced(space + 1).toString();
            if (line.footnoteMarker.isEmpty())
                continue; // readers never make a footnote start without its marker
            break;
        }
        case u'f':
            line.role = LineRole::Footnote;
            break;
        case u'L':
            line.role = LineRole::LinkTarget;
            break;
        case u'R':
            line.role = LineRole::FootnoteRule;
            break;
        case u'X':
            line.role = LineRole::Furniture;
            break;
        default:
            continue;
        }
        source.lines.append(line);
    }
    source.pageCount = page;
    return source;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > static_cast<size_t>(Fuzz::kMaxInput))
        return -1;
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Fuzz::readThrough(linesOf(input));
    return 0;
}
