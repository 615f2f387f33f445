#include "pdflayout.h"

#include "furniture.h"

#include "text/charclass.h"
#include "text/documentsymbol.h"
#include "text/languagenames.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Rapporteur::Importer {

namespace {

// The band at the top and at the foot of a page where running headers and footers sit.
constexpr double kBand = 0.1;
// A line repeated (digits aside) in a band on this share of pages is a running header/footer.
constexpr double kRepeatedShare = 0.3;
// Footnotes are set smaller than the body.
constexpr double kFootnoteSize = 0.88;

bool inTopBand(const PdfLine &l, const QSizeF &page)
{
    return l.box.bottom() < page.height() * kBand;
}

bool inBottomBand(const PdfLine &l, const QSizeF &page)
{
    return l.box.top() > page.height() * (1 - kBand);
}

// "Page 3 of 12" and "3/12" differ only in digits from page to page.
QString repetitionKey(const QString &text)
{
    QString key;
    for (QChar c : text) {
        if (c.isDigit())
            key += QLatin1Char('#');
        else if (!c.isSpace())
            key += c;
    }
    return key;
}

double bodyTypeSize(const QList<PdfPage> &pages)
{
    QList<double> sizes;
    for (const PdfPage &p : pages) {
        for (const PdfLine &l : p.lines) {
            if (l.text.size() >= 20)
                sizes.append(l.height);
        }
    }
    if (sizes.isEmpty())
        return 10;
    std::sort(sizes.begin(), sizes.end());
    return sizes[sizes.size() / 2];
}

QSet<QString> repeatedBandLines(const QList<PdfPage> &pages)
{
    QHash<QString, int> pagesWith;
    for (const PdfPage &p : pages) {
        QSet<QString> seen;
        for (const PdfLine &l : p.lines) {
            if (inTopBand(l, p.size) || inBottomBand(l, p.size))
                seen.insert(repetitionKey(l.text));
        }
        for (const QString &key : seen)
            ++pagesWith[key];
    }
    QSet<QString> repeated;
    const int needed =
        std::max(2, static_cast<int>(static_cast<double>(pages.size()) * kRepeatedShare + 0.5));
    for (auto it = pagesWith.cbegin(); it != pagesWith.cend(); ++it) {
        if (it.value() >= needed && !it.key().isEmpty())
            repeated.insert(it.key());
    }
    return repeated;
}

// The first page's masthead: the organisation, the organ, the distribution, the date and the
// original language, which are document metadata rather than text.
bool readMasthead(const PdfLine &l, const QSizeF &page, SourceText &out)
{
    if (l.page != 1 || l.box.top() > page.height() * 0.3)
        return false;
    static const QRegularExpression organ(QStringLiteral(
        R"(^(United Nations|联合国|General Assembly|Security Council|Economic and Social Council|)"
        R"(大\s*会|安全理事会|经济及社会理事会)$)"));
    static const QRegularExpression distribution(QStringLiteral(R"(^Distr\.?\s*:)"));
    static const QRegularExpression original(
        QStringLiteral(R"(^(?:Original|原\s*件)\s*[:：]\s*(.+)$)"));
    static const QRegularExpression englishDate(
        QStringLiteral(R"(^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$)"));
    static const QRegularExpression chineseDate(
        QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$)"));
    if (organ.match(l.text).hasMatch() || distribution.match(l.text).hasMatch())
        return true;
    if (Text::looksLikeSymbol(l.text)) {
        if (out.symbolFromFurniture.isEmpty())
            out.symbolFromFurniture = l.text;
        return true;
    }
    if (const auto m = original.match(l.text); m.hasMatch()) {
        out.originalLanguages = Text::languageCodes(m.captured(1));
        return true;
    }
    if (const auto m = chineseDate.match(l.text); m.hasMatch() && !out.date.isValid()) {
        out.date =
            QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        return true;
    }
    if (const auto m = englishDate.match(l.text); m.hasMatch() && !out.date.isValid()) {
        out.date = QDate::fromString(l.text, QStringLiteral("d MMMM yyyy"));
        return out.date.isValid();
    }
    return false;
}

QString footnoteMarkerOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3}|[a-z]|[*†‡])(?:\s+|$))"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isRule(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[_＿]{5,}$)"));
    return re.match(text).hasMatch();
}

// Where a page's footnotes begin: after the footnote rule when the text layer has one (Word
// writes it as underscores), else at the first small line in the lower part of the page that
// starts with a marker and after which every line is small. -1 when the page has none.
qsizetype footnoteStart(const PdfPage &p, const QList<bool> &furniture, double body)
{
    for (qsizetype i = 0; i < p.lines.size(); ++i) {
        if (!furniture[i] && isRule(p.lines[i].text) &&
            p.lines[i].box.top() > p.size.height() * 0.3)
            return i;
    }
    qsizetype start = -1;
    for (qsizetype i = p.lines.size() - 1; i >= 0; --i) {
        const PdfLine &l = p.lines[i];
        if (furniture[i])
            continue;
        if (l.height >= body * kFootnoteSize || l.box.top() < p.size.height() * 0.45)
            break;
        if (!footnoteMarkerOf(l.text).isEmpty())
            start = i;
    }
    return start;
}

} // namespace

SourceText classifyPdfLines(const QList<PdfPage> &pages)
{
    SourceText out;
    out.pageCount = static_cast<int>(pages.size());
    const double body = bodyTypeSize(pages);
    const QSet<QString> repeated = repeatedBandLines(pages);

    for (const PdfPage &p : pages) {
        QList<bool> furniture;
        for (const PdfLine &l : p.lines) {
            const bool band = inTopBand(l, p.size) || inBottomBand(l, p.size);
            // A first page's footer can leave its date stamp ("150426") as a run of its own.
            static const QRegularExpression dateStamp(QStringLiteral(R"(^\d{6}$)"));
            const auto tokens = band ? parseFurniture(l.text) : std::nullopt;
            if (tokens && out.symbolFromFurniture.isEmpty())
                out.symbolFromFurniture = tokens->symbol;
            const bool isFurniture =
                readMasthead(l, p.size, out) ||
                (band && (tokens || repeated.contains(repetitionKey(l.text)) ||
                          (inBottomBand(l, p.size) && dateStamp.match(l.text).hasMatch())));
            furniture.append(isFurniture);
        }
        const qsizetype notesFrom = footnoteStart(p, furniture, body);
        double columnLeft = p.size.width();
        double columnRight = 0;
        for (qsizetype i = 0; i < p.lines.size(); ++i) {
            if (!furniture[i] && p.lines[i].height >= body * kFootnoteSize) {
                columnLeft = std::min(columnLeft, p.lines[i].box.left());
                columnRight = std::max(columnRight, p.lines[i].box.right());
            }
        }

        QString pendingMarker; // a marker set on a line of its own ("a" above its note)
        for (qsizetype i = 0; i < p.lines.size(); ++i) {
            const PdfLine &l = p.lines[i];
            if (furniture[i]) {
                out.lines.append(SourceLine{
                    l.text, l.page, LineRole::Furniture, LineBreak::End, false, false, {}, {}});
                continue;
            }
            SourceLine line{l.text,
                            l.page,
                            LineRole::Text,
                            LineBreak::Unknown,
                            l.box.left() > columnLeft + 1.5 * l.height,
                            false,
                            {},
                            l.linkTargets};
            if (notesFrom >= 0 && i >= notesFrom) {
                if (isRule(l.text)) {
                    line.role = LineRole::FootnoteRule;
                    out.lines.append(line);
                    continue;
                }
                line.role = LineRole::Footnote;
                const QString marker = footnoteMarkerOf(l.text);
                if (marker == l.text.trimmed()) {
                    pendingMarker = marker;
                    continue;
                }
                if (!pendingMarker.isEmpty() || !marker.isEmpty()) {
                    line.startsFootnote = true;
                    line.footnoteMarker = pendingMarker.isEmpty() ? marker : pendingMarker;
                    if (pendingMarker.isEmpty())
                        line.text = l.text.mid(marker.size()).trimmed();
                    pendingMarker.clear();
                }
                out.lines.append(line);
                continue;
            }
            // Geometry decides where a paragraph ends: a gap wider than the leading, or a line
            // that stops well short of the column (ragged right allows some slack).
            qsizetype next = i + 1;
            while (next < p.lines.size() && furniture[next])
                ++next;
            if (next < p.lines.size() && (notesFrom < 0 || next < notesFrom)) {
                const PdfLine &n = p.lines[next];
                const bool gap = n.box.top() - l.box.bottom() > 0.8 * n.height;
                const bool shortLine =
                    l.box.right() < columnRight - 0.2 * (columnRight - columnLeft);
                line.breakAfter = gap || shortLine ? LineBreak::End : LineBreak::Continue;
            }
            out.lines.append(line);
        }
    }
    return out;
}

} // namespace Rapporteur::Importer
