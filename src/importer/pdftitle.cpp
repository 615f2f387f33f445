#include "pdftitle.h"

#include "text/linejoiner.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace Rapporteur::Importer {

namespace {

// A first page sets its title in its upper half or so, under the masthead; larger type further
// down is a heading of the text.
constexpr double kTitleArea = 0.6;

// Lines of one block of type: the same size, each set close under the one before (a title's
// lines are set solid; a title and the line naming the report under it are spaced apart).
bool continuesBlock(const PdfLine &line, const PdfLine &next)
{
    return std::abs(line.height - next.height) < 0.1 * line.height &&
           next.box.top() > line.box.top() &&
           next.box.top() - line.box.bottom() < 0.5 * line.height;
}

// A typescript sets its title apart in capitals rather than in larger type.
bool isSetInCapitals(const QString &text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLower())
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 12;
}

QDate adoptionDate(const QString &text)
{
    static const QRegularExpression adopted(QStringLiteral(
        R"(^(?:Resolution|Decision) adopted by the [A-Z][A-Za-z ]+ on (\d{1,2} [A-Z][a-z]+ \d{4})$)"));
    const auto m = adopted.match(text);
    return m.hasMatch() ? QDate::fromString(m.captured(1), QStringLiteral("d MMMM yyyy")) : QDate();
}

} // namespace

FirstPageTitle readFirstPageTitle(const PdfPage &page, const QList<bool> &bodyLine, double body,
                                  double textLeft)
{
    FirstPageTitle found;
    const QList<PdfLine> &lines = page.lines;
    // The session block stands at the page's margin, left of the text column, where the page's
    // first lines of text start; a resolution's number hangs left of the column too, but not as
    // far.
    std::optional<double> blockLeft;
    for (qsizetype i = 0; i < lines.size() && !blockLeft; ++i) {
        if (bodyLine[i] && lines[i].box.left() < textLeft - body)
            blockLeft = lines[i].box.left();
    }
    const auto inSessionBlock = [&](const PdfLine &l) {
        return blockLeft && std::abs(l.box.left() - *blockLeft) < 0.5 * body;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!bodyLine[i] || inSessionBlock(lines[i]))
            continue;
        // The block of type this line opens.
        QString text = lines[i].text;
        qsizetype end = i + 1;
        while (end < lines.size() && bodyLine[end] && continuesBlock(lines[end - 1], lines[end])) {
            Text::appendWrappedLine(text, lines[end].text);
            ++end;
        }
        if (const QDate date = adoptionDate(text); date.isValid()) {
            found.adoptedOn = date;
        } else if (text.startsWith(QLatin1Char('['))) {
            // "[without reference to a Main Committee (A/73/L.6)]"
        } else if (lines[i].box.top() > kTitleArea * page.size.height()) {
            return found; // below where a first page sets its title
        } else if (lines[i].height > 1.1 * body || isSetInCapitals(text)) {
            static const QRegularExpression number(
                QStringLiteral(R"(^\d+/\d+\.\s+|^\d+ \([IVXLC]+\)\.\s+)"));
            found.title = text.remove(number);
            return found;
        }
        // Anything else in body type (a draft's sponsors, "Note by the Secretariat") is passed.
        i = end - 1;
    }
    return found;
}

} // namespace Rapporteur::Importer
